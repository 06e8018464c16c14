// Running the build from a tool, a test or a benchmark, the one way: `npm run build`'s entry (src/cli/build.ts),
// from the project root, into `outDir`, with extra environment.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './root.ts';

/** `npm run build`'s own entry (src/cli/build.ts): Astro's build with the allocator settings below. */
const BUILD = [process.execPath, join(ROOT, 'src/cli/build.ts')];

/**
 * What Rolldown's allocator (mimalloc) is told before it loads: give freed memory back at once, and commit arena
 * memory only as it is used (src/cli/build.ts says why).
 */
export const ALLOCATOR_ENV: Record<string, string> = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };

const buildEnv = (outDir: string, env: Record<string, string>) => ({ ...process.env, OUT_DIR: outDir, ...env });

/**
 * Build without blocking (several builds can run side by side, each with its own `CACHE_DIR`) and resolve with
 * the exit status and everything printed. `command` runs instead of `npm run build`'s entry (a CLI that builds, say).
 */
export function runAstroBuildAsync(
  outDir: string,
  env: Record<string, string> = {},
  command: string[] = BUILD,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const [file = process.execPath, ...args] = command;
    const child = spawn(file, args, { cwd: ROOT, env: buildEnv(outDir, env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: `${stdout}${stderr}` }));
  });
}

/** Build, or throw when the build fails; Astro's log is shown with `show`, its errors always. */
export function astroBuild(outDir: string, env: Record<string, string> = {}, { show = false } = {}): void {
  const [file = process.execPath, ...args] = BUILD;
  const result = spawnSync(file, args, {
    cwd: ROOT,
    env: buildEnv(outDir, env),
    stdio: ['ignore', show ? 'inherit' : 'ignore', 'inherit'],
  });
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
