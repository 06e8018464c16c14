// Updates on the reader's terms: a reader whose browser asks to save data saves the site (under /microsite/),
// then a second build is deployed. The worker offers it on /offline-reading/ with its size and fetches nothing
// of it (sw.js aside) until the reader accepts; then the new build is downloaded and takes over, offline too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveUi } from '../../src/i18n/ui.ts';
import { PRECACHE_SUMMARY, type PrecacheSummary } from '../../src/lib/offline/precache-summary.ts';
import { servedFileBytes } from '../../src/lib/offline/served-bytes.ts';
import { saveDataContext } from '../support/save-data.ts';
import { useSiteSession } from '../support/site-session.ts';
import { NEW_TITLE, OLD_TITLE, siteDir, SUBPATH as BASE } from '../support/sites.ts';

const V2 = siteDir('subpath-v2');
const session = useSiteSession({ site: 'subpath', headersFile: true, serviceWorkers: 'allow' });
const summary = (dir: string) => JSON.parse(readFileSync(join(dir, PRECACHE_SUMMARY), 'utf8')) as PrecacheSummary;
const CONTROL = '[data-offline-control]';
let context: BrowserContext;
let page: Page;

const h1 = async () => (await page.locator('h1').textContent())?.trim();
const cacheNames = () => page.evaluate(() => caches.keys());
/** The visible text of the control's current state. */
const stateText = () =>
  page.$eval(
    CONTROL,
    (control: HTMLElement) =>
      control.querySelector<HTMLElement>(`[data-when="${control.dataset.state ?? ''}"]`)?.innerText ?? '',
  );

beforeAll(async () => {
  context = await saveDataContext(session.browser);
  page = await context.newPage();
});
afterAll(() => context?.close());

describe('with Save-Data, a saved site and a second deploy', () => {
  it('saves the first build when asked, asks the browser to keep it and says how much room it takes', async () => {
    await page.goto(`${session.server.url}offline-reading/`);
    await page.waitForSelector(`${CONTROL}[data-state="offer"]`);
    await page.getByRole('button', { name: saveUi.save }).click();
    await page.waitForSelector(`${CONTROL}[data-state="saved"] [data-offline-storage][data-shown]`, {
      timeout: 30_000,
    });
    const text = await stateText();
    expect(text.includes(saveUi.persisted) !== text.includes(saveUi.notPersisted)).toBe(true);
    expect(text).toMatch(new RegExp(`${saveUi.usageBefore}\\s+[٠-٩٬]+\\s+${saveUi.usageAfter}`));
    expect(await cacheNames()).toHaveLength(1);
  });

  it('offers the new build with its size, and fetches nothing of it but sw.js', async () => {
    const [before] = await cacheNames();
    session.server.setRoot(V2);
    session.server.requests.length = 0;
    await page.goto(`${session.server.url}cica/`);
    expect(await h1()).toBe(OLD_TITLE);
    await page.goto(`${session.server.url}offline-reading/`);
    await page.waitForSelector(`${CONTROL}[data-state="update"]`, { timeout: 30_000 });
    // What accepting downloads: the whole new build (the reader had saved it whole), sw.js already fetched.
    const bytes = summary(V2).bytes - servedFileBytes(join(V2, 'sw.js'));
    const kib = new Intl.NumberFormat('ar-u-nu-arab').format(Math.round(bytes / 1024));
    const text = await stateText();
    expect(text).toContain(saveUi.update);
    expect(text).toContain(`${saveUi.sizeBefore} ${kib} ${saveUi.sizeAfter}`);
    // Nothing to await: the test is that nothing is fetched, so it gives the browser a second to fetch anything.
    await page.waitForTimeout(1000);
    await page.goto(`${session.server.url}cica/`);
    expect(await h1()).toBe(OLD_TITLE);
    expect(session.server.requests).toContain(`${BASE}sw.js`);
    expect(session.server.requests.filter((path) => path !== `${BASE}sw.js`)).toEqual([]);
    expect(await cacheNames()).toEqual([before]);
  });

  it('downloads it once accepted, then reads the new build, offline too', async () => {
    await page.goto(`${session.server.url}offline-reading/`);
    await page.waitForSelector(`${CONTROL}[data-state="update"]`, { timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: saveUi.update }).click()]);
    await page.waitForSelector(`${CONTROL}[data-state="saved"]`, { timeout: 30_000 });
    expect(session.server.requests).toContain(`${BASE}cica/index.html`);
    const names = await cacheNames();
    expect(names).toHaveLength(1);
    expect(names[0]).toContain(summary(V2).version);
    session.server.setOnline(false);
    await context.setOffline(true);
    try {
      await page.goto(`${session.server.url}cica/`);
      expect(await h1()).toBe(NEW_TITLE);
    } finally {
      await context.setOffline(false);
      session.server.setOnline(true);
    }
  });
});
