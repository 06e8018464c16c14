// Any path and a new deploy: the site built for /microsite/ and served there (with its _headers), then a
// second build with a changed chapter put in its place. Every URL stays under the base; the reader is told
// in Arabic that a new version is ready, keeps the old build until accepting, then gets the new one whole.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateUi } from '../../src/i18n/ui.ts';
import { pagePaths, searchResults, waitForServiceWorker, watchCsp } from '../support/offline.ts';
import { ROOT } from '../../src/tools/root.ts';
import { inTabs } from '../support/side-by-side.ts';
import { useSiteSession } from '../support/site-session.ts';
import { NEW_TITLE, OLD_TITLE, siteDir, SUBPATH as BASE } from '../support/sites.ts';

// The second deploy (subpath-v2): the same article, one chapter retitled (frontmatter is editorial, the check
// allows it).
const V1 = siteDir('subpath');
const V2 = siteDir('subpath-v2');
/** A deploy caught half-way: the second build's sw.js, the first build's pages. */
const MIXED = join(ROOT, 'dist-test/subpath-mixed');

const session = useSiteSession({ site: 'subpath', headersFile: true, serviceWorkers: 'allow' });
let context: BrowserContext;
let page: Page;
let violations: string[];

beforeAll(async () => {
  rmSync(MIXED, { recursive: true, force: true });
  cpSync(V1, MIXED, { recursive: true });
  cpSync(join(V2, 'sw.js'), join(MIXED, 'sw.js'));
  context = await session.browser.newContext();
  page = await context.newPage();
  // The profile's every tab and worker: the first test loads the pages in tabs of their own.
  violations = watchCsp(context);
});
afterAll(async () => {
  await context?.close();
});

const h1 = async () => (await page.locator('h1').textContent())?.trim();

describe(`under the subpath ${BASE}`, () => {
  it('keeps every link, asset and request of every page under the base, and none fails', async () => {
    const requests: string[] = [];
    const failures: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    context.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    // Every page waits for a quiet network (a request after load counts too), in tabs side by side.
    const paths = pagePaths(V1);
    const pageUrls = await inTabs(context, paths, async (tab, path) => {
      await tab.goto(session.server.url + path, { waitUntil: 'networkidle' });
      return tab.evaluate(() =>
        [...document.querySelectorAll('a[href], link[href], script[src]')].map(
          (e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '',
        ),
      );
    });
    for (const [i, urls] of pageUrls.entries()) {
      for (const url of urls.filter((u) => u.startsWith('/'))) expect(url, paths[i]).toMatch(/^\/microsite\//);
    }
    const origin = new URL(session.server.url).origin;
    expect(requests.filter((u) => u.startsWith(origin)).length).toBeGreaterThan(paths.length);
    for (const url of requests.filter((u) => u.startsWith(origin))) expect(url).toMatch(/^http:\/\/[^/]+\/microsite\//);
    expect(failures).toEqual([]);
  });

  it('searches under the base: the index is fetched there and every result links there', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const results = await searchResults(page, `${session.server.url}search/?q=CICA`);
    expect(results.length).toBeGreaterThan(0);
    for (const href of results) expect(href).toMatch(/^\/microsite\/[a-z-]+\//);
    expect(requests.filter((p) => p.includes('pagefind')).every((p) => p.startsWith(`${BASE}pagefind/`))).toBe(true);
    expect(requests.some((p) => p.endsWith('.pf_fragment'))).toBe(true);
    await page.goto(new URL(results[0] ?? '', session.server.url).href);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('has a manifest and a service worker scoped to the base', async () => {
    const manifest = await (await page.request.get(`${session.server.url}manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ start_url: BASE, scope: BASE, lang: 'ar', dir: 'rtl' });
    // The pages loaded while the worker installed (the tests above): its claim may have missed this one.
    await waitForServiceWorker(page, { reloadIfMissed: true });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(session.server.url);
  });
});

describe('a second deploy', () => {
  it('is not installed from a host caught half-way through it: no mix of two builds', async () => {
    await page.goto(`${session.server.url}cica/`);
    await waitForServiceWorker(page);
    session.server.setRoot(MIXED);
    // The new worker fetches the first build's files where it expects the second's: integrity fails it.
    const outcome = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update().catch(() => undefined);
      const worker = registration.installing ?? registration.waiting;
      if (!worker) return 'no new worker';
      if (worker.state === 'installed') return 'installed';
      return new Promise<string>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'redundant' || worker.state === 'installed') resolve(worker.state);
        });
      });
    });
    expect(outcome).toBe('redundant');
    expect(await page.locator('[data-update-notice]').count()).toBe(0);
    session.server.setRoot(V1);
  });

  it('is announced in Arabic while the reader keeps reading the first build, whole', async () => {
    await page.goto(`${session.server.url}cica/`);
    expect(await h1()).toBe(OLD_TITLE);
    session.server.setRoot(V2);
    // The browser checks sw.js on navigation, finds the new build and installs it beside the old one.
    await page.goto(`${session.server.url}cica/`);
    const notice = page.locator('[data-update-notice]');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toContain(updateUi.updateReady);
    expect(await h1()).toBe(OLD_TITLE);
    // Until the reader accepts, pages still come from the first build, even freshly opened ones.
    await page.goto(session.server.url);
    await page.goto(`${session.server.url}cica/`);
    expect(await h1()).toBe(OLD_TITLE);
  });

  it('takes over when accepted: the new content, one cache, and offline from the new build', async () => {
    const notice = page.locator('[data-update-notice]');
    await notice.waitFor({ timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: updateUi.updateNow }).click()]);
    expect(await h1()).toBe(NEW_TITLE);
    const names = await page.evaluate(() => caches.keys());
    expect(names).toHaveLength(1);
    session.server.setOnline(false);
    await context.setOffline(true);
    await page.goto(session.server.url);
    expect(await page.locator(`main a[href="${BASE}cica/"]`).first().textContent()).toContain(NEW_TITLE);
    await page.goto(`${session.server.url}cica/`);
    expect(await h1()).toBe(NEW_TITLE);
    await context.setOffline(false);
    session.server.setOnline(true);
  });

  it('broke no rule of the content security policy', () => {
    expect(violations).toEqual([]);
  });
});
