// The one way a browser test gets its browser and its site: a Chromium, and a server of one of the sites built
// before the run (tests/support/sites.ts), opened before the file's tests and closed after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/tools/browser.ts';
import { serve, type ServeOptions, type StaticServer } from './server.ts';
import { siteDir, SUBPATH, type SiteName } from './sites.ts';

export interface SiteSession {
  browser: Browser;
  server: StaticServer;
  /** The folder the server serves. */
  dir: string;
}

export interface SessionOptions extends ServeOptions {
  /** The site to serve: the root build unless named. The subpath builds are served under their base path. */
  site?: SiteName;
  /** Environment Chromium starts with (a fontconfig file, say). */
  browserEnv?: Record<string, string>;
}

/** A Chromium for the file's tests (with `env`), without a server: the file build opened from disk, say. Its
 *  `browser` is set once `beforeAll` has run. */
export function useBrowser(env: Record<string, string> = {}): { browser: Browser } {
  const session = {} as { browser: Browser };
  beforeAll(async () => {
    session.browser = await launchBrowser(env);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/** Register the hooks and return the session; its fields are set once `beforeAll` has run. Server options go
 *  to the server (its own `_headers`, CSP included, as a CDN would send them, say). */
export function useSiteSession({ site = 'root', browserEnv = {}, ...options }: SessionOptions = {}): SiteSession {
  const dir = siteDir(site);
  const base = options.base ?? (site.startsWith('subpath') ? SUBPATH : '/');
  const session = { dir } as SiteSession;
  beforeAll(async () => {
    [session.browser, session.server] = await Promise.all([
      launchBrowser(browserEnv),
      serve(dir, { ...options, base }),
    ]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
