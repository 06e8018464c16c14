// The font subsetting, run in a worker thread by integrations/fonts.ts: subset-font keeps HarfBuzz's
// WebAssembly (about 100 MB) for the life of its thread, and a worker's goes when the worker ends, so the
// build that renders a thousand pages afterwards does not carry it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import subsetFont from 'subset-font';
import { FONT_FILES } from '../lib/fonts/files.ts';

const { fontDir, text } = workerData as { fontDir: string; text: string };
const subsets: Uint8Array[] = [];
for (const { from } of FONT_FILES)
  subsets.push(await subsetFont(readFileSync(join(fontDir, from)), text, { targetFormat: 'woff2' }));
parentPort?.postMessage(subsets);
