// Every gate reads the same production build: `dist/` from `npm run build` (or GATE_DIST), built if absent.
import { resolve } from 'node:path';
import { ensureBuilt as ensure } from '../../../src/tools/astro-build.ts';
import { ROOT } from '../../../src/tools/root.ts';

/** The folder the gates check; a host would upload this folder as is. */
const GATE_DIST = resolve(ROOT, process.env.GATE_DIST ?? 'dist');

/** The production build to check: `dir`, or the gates' folder. */
export function ensureBuilt(dir: string = GATE_DIST): string {
  return ensure(dir);
}
