// Running `astro build` from a tool, a test or a benchmark, the one way: from the project root, into `outDir`,
// with extra environment.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './root.ts';

function spawnBuild(outDir: string, env: Record<string, string>, options: SpawnSyncOptions) {
  return spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: outDir, ...env },
    ...options,
  });
}

/** Build and return the exit status and everything Astro printed (the build-check tests read it). */
export function runAstroBuild(
  outDir: string,
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnBuild(outDir, env, { encoding: 'utf8' });
  return { status: result.status, output: `${String(result.stdout)}${String(result.stderr)}` };
}

/** Build, or throw when the build fails; Astro's log is shown with `show`, its errors always. */
export function astroBuild(outDir: string, env: Record<string, string> = {}, { show = false } = {}): void {
  const result = spawnBuild(outDir, env, { stdio: ['ignore', show ? 'inherit' : 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`astro build into ${outDir} failed (exit ${result.status})`);
}

/** A build to measure or check: reused when present (so CI builds once), built like `npm run build` if not. */
export function ensureBuilt(dir: string): string {
  if (!existsSync(join(dir, 'index.html'))) {
    console.log(`no build in ${relative(ROOT, dir)}/: building it`);
    astroBuild(dir);
  }
  return dir;
}
