// Vitest global setup: build the site once, the way CI and a host would, before the tests read it.
// Set SKIP_BUILD=1 to reuse an existing dist-test/ while iterating on tests.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, TEST_SITE_URL } from './paths.ts';

export function buildSite(outDir: string, env: Record<string, string> = {}): void {
  execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: outDir, SITE_URL: TEST_SITE_URL, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export default function setup(): void {
  if (process.env.SKIP_BUILD && existsSync(join(DIST, 'index.html'))) return;
  buildSite(DIST);
}
