// Where the test builds live; tests/support/build-site.ts makes them before any test runs.
import { resolve } from 'node:path';
import { ROOT } from '../../src/tools/root.ts';

/** The site built at the root path with a site URL, as most hosts would serve it. */
export const DIST = resolve(ROOT, 'dist-test/root');
export const TEST_SITE_URL = 'https://example.org';
