// One Chromium and one server of the root build for a browser test file, opened before its tests and
// closed after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/tools/browser.ts';
import { DIST } from './paths.ts';
import { serve, type ServeOptions, type StaticServer } from '../../src/tools/server.ts';

export interface SiteSession {
  browser: Browser;
  server: StaticServer;
}

/** Register the hooks and return the session; its fields are set once `beforeAll` has run. `options` go to
 *  the server (its own `_headers`, CSP included, as a CDN would send them). */
export function useSiteSession(options: ServeOptions = {}): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    [session.browser, session.server] = await Promise.all([launchBrowser(), serve(DIST, options)]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
