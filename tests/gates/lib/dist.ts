// Every gate reads the same production build: `dist/` from `npm run build` (or GATE_DIST), built here if absent.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { astroBuild } from '../../../src/tools/astro-build.ts';
import { ROOT } from '../../../src/tools/root.ts';

/** The folder the gates check; a host would upload this folder as is. */
const GATE_DIST = resolve(ROOT, process.env.GATE_DIST ?? 'dist');

/** The production build to check: reuse it when present, so CI builds once. */
export function ensureBuilt(dir: string = GATE_DIST): string {
  if (!existsSync(join(dir, 'index.html'))) {
    console.log(`no build in ${relative(ROOT, dir)}/: building it`);
    astroBuild(dir);
  }
  return dir;
}
