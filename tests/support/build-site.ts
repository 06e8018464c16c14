// Vitest global setup: build the site once, the way CI and a host would, before the tests read it.
// Set SKIP_BUILD=1 to reuse an existing dist-test/ while iterating on tests.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from '../../src/tools/astro-build.ts';
import { DIST, TEST_SITE_URL } from './paths.ts';

export default function setup(): void {
  if (process.env.SKIP_BUILD && existsSync(join(DIST, 'index.html'))) return;
  astroBuild(DIST, { SITE_URL: TEST_SITE_URL });
}
