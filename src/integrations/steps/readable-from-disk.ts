// The disk edition's last step (`npm run build:disk`): make the built folder read from disk (file://).
// Root-relative URLs become relative ones ending in index.html, module scripts (refused from file://) are parked,
// and the small classic script that explains why search is unavailable on disk (and restarts them over http) is
// copied in. What only a web host uses is never built for this edition (lib/edition.ts).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativizeCss, relativizeHtml, parkModuleScripts } from '../../lib/offline/relative-urls.ts';
import { listFiles } from '../../lib/files.ts';
import type { BuildStep } from './step.ts';

/** The script's name in the built folder; components/DiskEdition.astro points at it. */
const SCRIPT = 'disk-edition.js';

export const readableFromDisk: BuildStep = {
  name: 'readable-from-disk',
  run({ outDir, logger }) {
    let rewritten = 0;
    for (const file of listFiles(outDir)) {
      const path = join(outDir, file);
      if (file.endsWith('.html')) {
        writeFileSync(path, parkModuleScripts(relativizeHtml(readFileSync(path, 'utf8'), file)));
        rewritten++;
      } else if (file.endsWith('.css')) {
        writeFileSync(path, relativizeCss(readFileSync(path, 'utf8'), file));
        rewritten++;
      }
    }
    copyFileSync(fileURLToPath(new URL('../../scripts/disk-edition.js', import.meta.url)), join(outDir, SCRIPT));
    logger.info(`made ${rewritten} files relative for reading from disk`);
  },
};
