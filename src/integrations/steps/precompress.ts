// Gzipped copies of the text files (see src/lib/headers/precompress.ts), written last: every file a reader
// fetches is final by then. Web builds only: a disk edition is read without a server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../lib/files.ts';
import { gzippedCopy } from '../../lib/headers/precompress.ts';
import type { BuildStep } from './step.ts';

export const precompress: BuildStep = {
  name: 'precompress',
  run({ outDir, logger }) {
    const started = performance.now();
    let count = 0;
    let bytes = 0;
    for (const file of listFiles(outDir)) {
      const copy = gzippedCopy(file, join(outDir, file));
      if (!copy) continue;
      writeFileSync(join(outDir, `${file}.gz`), copy);
      count += 1;
      bytes += copy.length;
    }
    logger.info(`${count} gzipped copies, ${bytes} bytes, in ${Math.round(performance.now() - started)} ms`);
  },
};
