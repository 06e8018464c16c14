// Where the test builds live; tests/support/build-site.ts makes them before any test runs.
import { siteDir } from './sites.ts';

export { TEST_SITE_URL } from './sites.ts';

/** The site built at the root path with a site URL, as most hosts would serve it. */
export const DIST = siteDir('root');
