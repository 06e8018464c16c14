// The font subsetting, run in a worker thread by integrations/fonts.ts: subset-font keeps HarfBuzz's
// WebAssembly (about 100 MB) for the life of its thread, and a worker's goes when the worker ends, so the
// build that renders a thousand pages afterwards does not carry it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { FACES } from '../lib/fonts/faces.ts';
import { subsetFace } from '../lib/fonts/subset.ts';

const { fontDir, text } = workerData as { fontDir: string; text: string };
const subsets: Uint8Array[] = [];
for (const face of FACES) subsets.push(await subsetFace(readFileSync(join(fontDir, face.from)), text, face));
parentPort?.postMessage(subsets);
