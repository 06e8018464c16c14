// The one way a browser test gets its browser and its site: a Chromium, shared by the files a worker runs, and a
// server of one of the sites built before the run (tests/support/sites.ts), opened before the file's tests and closed
// after them with every profile the file opened.
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
 * One Chromium per environment for all the files a worker runs (they share one module cache, vitest.config.ts): a
 * launch costs about half a second. Playwright closes it when the worker exits; a browser that went away, or did not
 * start, is launched again by the next file.
 */
const running = new Map<string, Promise<Browser>>();
function sharedBrowser(env: Record<string, string>): Promise<Browser> {
  const key = JSON.stringify(env);
  let browser = running.get(key);
  if (!browser) {
    browser = launchBrowser(env);
    running.set(key, browser);
    browser.then(
      (b) => b.on('disconnected', () => running.delete(key)),
      () => running.delete(key),
    );
  }
  return browser;
}

/** The browser's own newContext and newPage, before a file's session wrapped them. */
const unwrapped = new WeakMap<Browser, Pick<Browser, 'newContext' | 'newPage'>>();
/** The browsers a file's session holds now. */
const inUse = new WeakSet<Browser>();

/**
 * `browser` for one file: its new profiles (contexts and pages) block the service worker when `serviceWorkers` is
 * 'block' (a worker installing fetches the whole site in the background of every new profile, work that only the
 * offline tests read the result of), and `closeProfiles` closes every profile the file opened, leaving the browser
 * to the next file.
 */
function forFile(
  browser: Browser,
  serviceWorkers?: 'allow' | 'block',
): { browser: Browser; closeProfiles: () => Promise<void> } {
  const own = unwrapped.get(browser) ?? {
    newContext: browser.newContext.bind(browser),
    newPage: browser.newPage.bind(browser),
  };
  unwrapped.set(browser, own);
  if (inUse.has(browser)) throw new Error('one session per browser environment in a file: this one is already in use');
  inUse.add(browser);
  const opened = new Set<BrowserContext>();
  const defaults = serviceWorkers ? { serviceWorkers } : {};
  browser.newContext = async (options = {}) => {
    const context = await own.newContext({ ...defaults, ...options });
    opened.add(context);
    return context;
  };
  browser.newPage = async (options = {}) => {
    const page = await own.newPage({ ...defaults, ...options });
    opened.add(page.context());
    return page;
  };
  return {
    browser,
    closeProfiles: async () => {
      inUse.delete(browser);
      await Promise.all([...opened].map((context) => context.close().catch(() => undefined)));
    },
  };
}

/** A Chromium for the file's tests (with `env`), without a server: the file build opened from disk, say. Its
 *  `browser` is set once `beforeAll` has run. */
export function useBrowser(env: Record<string, string> = {}): { browser: Browser } {
  const session = {} as { browser: Browser };
  let closeProfiles = async (): Promise<void> => {};
  beforeAll(async () => {
    ({ browser: session.browser, closeProfiles } = forFile(await sharedBrowser(env)));
  });
  afterAll(() => closeProfiles());
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
  let closeProfiles = async (): Promise<void> => {};
  beforeAll(async () => {
    const [browser, server] = await Promise.all([sharedBrowser(browserEnv), serve(dir, { ...options, base })]);
    ({ browser: session.browser, closeProfiles } = forFile(browser, serviceWorkers));
    session.server = server;
  });
  afterAll(async () => {
    await closeProfiles();
    await session.server?.close();
  });
  return session;
}

/** A screen a tab emulates: its viewport and its colour scheme (when unset, Playwright's 1280 x 720 and light). */
export interface Screen {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

/** Put `page` at `screen`: the viewport and colour scheme a reader's device would give it. */
export async function atScreen(page: Page, { viewport, colorScheme }: Screen): Promise<Page> {
  if (viewport) await page.setViewportSize(viewport);
  if (colorScheme) await page.emulateMedia({ colorScheme });
  return page;
}

const profiles = new WeakMap<object, Promise<BrowserContext>>();

/**
 * New tabs in one profile shared by the file's tests (opened on first use, closed with the file's profiles), each
 * at the screen asked for. A new tab there costs Chromium about 0.2 s of CPU here, a new profile 0.45 s: a new
 * profile also starts with an empty cache, so each of its pages fetches and parses the site's styles and fonts again.
 * For a test that needs a page of its own (a route, an emulated medium, the keyboard's focus) but not an empty
 * profile; a test that counts what a first visit fetches, or needs storage or a worker of its own, opens its own
 * profile.
 */
export function sharedProfile(session: { browser: Browser }): (screen?: Screen) => Promise<Page> {
  return async (screen = {}) => {
    let profile = profiles.get(session);
    if (!profile) {
      const opening = session.browser.newContext();
      profiles.set(session, opening);
      // A profile that failed to open is not kept: the next test tries again.
      opening.catch(() => profiles.get(session) === opening && profiles.delete(session));
      profile = opening;
    }
    return atScreen(await (await profile).newPage(), screen);
  };
}

/**
 * One tab of the file's shared profile for the tests that only read what a page shows (search answers, say): opened
 * on first use, closed with the file's profiles. Each test navigates it, so each gets a new document without a new
 * tab (a navigation costs Chromium about 0.07 s of CPU here); the HTTP cache stays warm, as for a reader going on
 * from page to page.
 */
export function sharedTab(session: { browser: Browser }): () => Promise<Page> {
  const newTab = sharedProfile(session);
  let page: Promise<Page> | undefined;
  return () => (page ??= newTab());
}
