// Offline on the reader's terms: with Save-Data on, a first visit fetches the page alone and no service
// worker; the offline-reading page offers to save the site with its size, shows progress, says when it is
// saved, and the site then reads and searches with the network off. Without Save-Data the site saves itself
// after the first visit, and the same page says so.
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveUi } from '../../src/i18n/ui.ts';
import { PRECACHE_SUMMARY, precacheName, type PrecacheSummary } from '../../src/lib/offline/precache-summary.ts';
import { saveDataContext } from '../support/save-data.ts';
import { useSiteSession } from '../support/site-session.ts';
import { pagePaths, searchResults, waitForServiceWorker } from '../support/offline.ts';
import { DIST } from '../support/paths.ts';
import { SCREENSHOTS } from '../support/search-screenshots.ts';

const site = useSiteSession({ headersFile: true, serviceWorkers: 'allow' });
const summary = JSON.parse(readFileSync(join(DIST, PRECACHE_SUMMARY), 'utf8')) as PrecacheSummary;
const CONTROL = '[data-offline-control]';

/** The control's state and the visible text of that state. */
const controlState = (page: Page) =>
  page.$eval(CONTROL, (control: HTMLElement) => ({
    state: control.dataset.state ?? 'checking',
    text: control.querySelector<HTMLElement>(`[data-when="${control.dataset.state ?? 'checking'}"]`)?.innerText ?? '',
  }));

/** Record every state the control shows and every percentage it writes, from before its script runs. */
const recordStates = (context: BrowserContext) =>
  context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target instanceof Text ? r.target.parentElement : r.target;
        if (!(target instanceof HTMLElement)) continue;
        if (r.attributeName === 'data-state') seen.push(`state:${target.dataset.state ?? ''}`);
        else if (target.closest('[data-offline-percent]')) seen.push(`percent:${target.textContent ?? ''}`);
      }
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-state'],
      childList: true,
      characterData: true,
    });
  });

/** Go offline, in the browser and at the server, and open every page: each must come from the worker. */
async function everyPageOffline(context: BrowserContext, page: Page): Promise<void> {
  site.server.setOnline(false);
  await context.setOffline(true);
  try {
    for (const path of pagePaths(DIST)) {
      const response = await page.goto(site.server.url + path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(await page.locator('h1').count(), path).toBe(1);
    }
    expect(
      (await searchResults(page, `${site.server.url}search/?q=${encodeURIComponent('أستانا')}`)).length,
    ).toBeGreaterThan(0);
  } finally {
    site.server.setOnline(true);
    await context.setOffline(false);
  }
}

describe('with Save-Data on', () => {
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  beforeAll(async () => {
    context = await saveDataContext(site.browser, { viewport: { width: 375, height: 800 } });
    await recordStates(context);
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('fetches the chapter alone on a first visit: no worker, no cache, nothing in the background', async () => {
    await page.goto(`${site.server.url}cica/`, { waitUntil: 'networkidle' });
    // Nothing to await: the test is that nothing starts, so it leaves the page a second to start anything.
    await page.waitForTimeout(1000);
    const kept = await page.evaluate(async () => ({
      registration: (await navigator.serviceWorker.getRegistration()) !== undefined,
      caches: await caches.keys(),
    }));
    expect(kept).toEqual({ registration: false, caches: [] });
    expect(requests.filter((p) => p.endsWith('sw.js'))).toEqual([]);
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(false);
  });

  it('offers to save the site, with the size it will download', async () => {
    await page.goto(`${site.server.url}offline-reading/`);
    await page.waitForSelector(`${CONTROL}[data-state="offer"]`);
    const { text } = await controlState(page);
    const kib = new Intl.NumberFormat('ar-u-nu-arab').format(Math.round(summary.bytes / 1024));
    expect(text).toContain(saveUi.save);
    expect(text).toContain(`${saveUi.sizeBefore} ${kib} ${saveUi.sizeAfter}`);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined();
    await page.screenshot({ path: join(SCREENSHOTS, 'offline-reading-offer-375-light.png'), fullPage: true });
  });

  it('saves it when asked, showing progress, and says when it is ready offline', async () => {
    await page.getByRole('button', { name: saveUi.save }).click();
    await page.waitForSelector(`${CONTROL}[data-state="saved"]`, { timeout: 30_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const states = seen.filter((s) => s.startsWith('state:'));
    expect(states.slice(-3)).toEqual(['state:offer', 'state:saving', 'state:saved']);
    // Progress written as it went, in Arabic-Indic digits, rising, never past 100.
    const percents = seen.filter((s) => s.startsWith('percent:')).map((s) => s.slice('percent:'.length));
    expect(percents.length).toBeGreaterThan(0);
    for (const p of percents) expect(p).toMatch(/^[٠-٩]{1,3}$/);
    const values = percents.map((p) => Number(p.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(Math.max(...values)).toBeLessThanOrEqual(100);
    expect((await controlState(page)).text).toContain(saveUi.saved);
    // The one cache is the one the control counts in (precacheName), and it holds every file.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? '');
    const name = precacheName(summary.version, scope);
    expect(await page.evaluate(() => caches.keys())).toEqual([name]);
    const kept = await page.evaluate((n) => caches.open(n).then(async (c) => (await c.keys()).length), name);
    expect(kept).toBe(summary.files);
    await page.screenshot({ path: join(SCREENSHOTS, 'offline-reading-saved-375-light.png'), fullPage: true });
  });

  it('then reads every page and searches with the network off', async () => {
    await waitForServiceWorker(page);
    await everyPageOffline(context, page);
  });
});

describe('without Save-Data', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('saves itself after the first visit, and the offline-reading page says so', async () => {
    await page.goto(`${site.server.url}cica/`);
    await waitForServiceWorker(page);
    await page.goto(`${site.server.url}offline-reading/`);
    await page.waitForSelector(`${CONTROL}[data-state="saved"]`);
    expect((await controlState(page)).text).toContain(saveUi.saved);
    expect(await page.locator(`${CONTROL} button`).filter({ visible: true }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'offline-reading-saved-1280-dark.png') });
    await everyPageOffline(context, page);
  });
});
