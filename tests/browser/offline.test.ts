// Offline after one visit: the site served as a CDN would (its own _headers, CSP included), visited once,
// then the network taken away: every page still opens, styled, search gives the same results, and an unknown
// page gets the offline page.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineUi } from '../../src/i18n/ui.ts';
import { pagePaths, searchResults, waitForServiceWorker, watchCsp } from '../support/offline.ts';
import { DIST } from '../support/paths.ts';
import { useSiteSession } from '../support/site-session.ts';

const site = useSiteSession({ headersFile: true, serviceWorkers: 'allow' });
let context: BrowserContext;
let page: Page;
let violations: string[];
const paths = pagePaths(DIST);
const QUERIES = ['أردوغان', 'CICA', 'Kazakhstan'];
const online = new Map<string, string[]>();

const search = (query: string) => searchResults(page, `${site.server.url}search/?q=${encodeURIComponent(query)}`);

beforeAll(async () => {
  context = await site.browser.newContext();
  page = await context.newPage();
  violations = watchCsp(page);
  await page.goto(`${site.server.url}cica/`);
  await waitForServiceWorker(page);
  for (const query of QUERIES) online.set(query, await search(query));
  site.server.setOnline(false);
  await context.setOffline(true);
});
afterAll(async () => {
  await context?.close();
});

describe('after one online visit, with the network off', () => {
  it('opens every page from the service worker, styled, in the webfont', async () => {
    expect(paths.length).toBeGreaterThanOrEqual(6);
    for (const path of paths) {
      const response = await page.goto(site.server.url + path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(await page.locator('h1').count(), path).toBe(1);
      const state = await page.evaluate(async () => {
        await document.fonts.ready;
        return {
          background: getComputedStyle(document.body).backgroundColor,
          fonts: [...document.fonts].filter((f) => f.status === 'loaded').length,
        };
      });
      expect(state.background, path).toBe('rgb(251, 250, 247)');
      expect(state.fonts, path).toBeGreaterThan(0);
    }
  });

  it('lands on a paragraph anchor', async () => {
    await page.goto(`${site.server.url}cica/#p-5`);
    expect(await page.locator('#p-5').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-5');
  });

  it('answers a page it never kept with the Arabic offline page', async () => {
    await page.goto(`${site.server.url}not-kept/`);
    expect(await page.locator('h1').textContent()).toBe(offlineUi.offlineTitle);
    expect(await page.locator('main a[href="/cica/"]').count()).toBeGreaterThan(0);
  });

  it('keeps one cache, named after the build', async () => {
    const names = await page.evaluate(() => caches.keys());
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^erdogan-kz-[0-9a-f]{10}-precache-/);
  });

  it('finds the same results with the network off as with it', async () => {
    for (const query of QUERIES) {
      const results = await search(query);
      expect(results.length, query).toBeGreaterThan(0);
      expect(results, query).toEqual(online.get(query));
    }
  });

  it('broke no rule of the content security policy', () => {
    expect(violations).toEqual([]);
  });
});
