// The one way a browser test gets its browser and its site: a Chromium, and a server of one of the sites built
// before the run (tests/support/sites.ts), opened before the file's tests and closed after them.
import type { Browser, Page } from 'playwright-core';
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
  /** The service worker in the profiles the file opens: blocked unless the file tests offline reading. */
  serviceWorkers?: 'allow' | 'block';
}

/**
 * `browser`, whose new profiles (contexts and pages) block the service worker unless their options say otherwise.
 * A worker installing fetches the whole site in the background of every new profile, work that only the offline
 * tests read the result of.
 */
function profilesWithout(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
  return browser;
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
 *  to the server (its own `_headers`, CSP included, as a CDN would send them, say). The service worker is blocked
 *  in the file's profiles unless `serviceWorkers: 'allow'`. */
export function useSiteSession({
  site = 'root',
  browserEnv = {},
  serviceWorkers = 'block',
  ...options
}: SessionOptions = {}): SiteSession {
  const dir = siteDir(site);
  const base = options.base ?? (site.startsWith('subpath') ? SUBPATH : '/');
  const session = { dir } as SiteSession;
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchBrowser(browserEnv), serve(dir, { ...options, base })]);
    session.browser = serviceWorkers === 'block' ? profilesWithout(browser) : browser;
    session.server = server;
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * One page shared by the file's tests that only read what a page shows (search answers, say): opened on first use,
 * closed with the browser. Each test navigates it, so each gets a new document, without a new profile and renderer
 * (about 0.3 s each here); the HTTP cache stays warm, as for a reader going on from page to page. A test of a first
 * load, of storage or of the worker opens its own profile.
 */
export function sharedTab(session: { browser: Browser }): () => Promise<Page> {
  let page: Promise<Page> | undefined;
  return () => (page ??= session.browser.newPage());
}
