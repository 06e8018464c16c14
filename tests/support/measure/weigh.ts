// Loads each page of a build in a fresh browser profile (empty cache, as a first visit) and prices
// what it fetched; shared by the size gate and the weight benchmark.
import type { Browser, Page } from 'playwright-core';
import { serve } from '../server.ts';
import { saveDataContext } from '../save-data.ts';
import { listPages } from '../../../src/lib/files.ts';
import { pagePath } from '../../../src/lib/urls.ts';
import { bytesByKind, inlineScriptBytes, openAndSettle, recordRequests, type Fetched } from './resources.ts';

export interface PageWeight {
  file: string;
  /** What the page itself fetched on a first visit, by kind. */
  totals: ReturnType<typeof bytesByKind>;
  /** Inline script (not JSON-LD) inside the HTML, gzip bytes; already counted in html. */
  inlineJs: number;
  fetched: Fetched[];
  /** What a service worker fetched in the background (its precache), if the site has one. */
  precache: ReturnType<typeof bytesByKind>;
}

/** If the page registered a service worker, wait until it is active: its precache is then complete. */
async function waitForServiceWorker(page: Page): Promise<void> {
  const registered = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return false;
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return false;
    await Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    return true;
  });
  if (registered) await page.waitForLoadState('networkidle');
}

/** Weigh one page: a fresh context (asking to save data if `saveData`), load, wait for fonts and network to
 *  settle, then for a service worker if the page registered one. */
async function weighPage(
  browser: Browser,
  dist: string,
  baseUrl: string,
  file: string,
  saveData = false,
): Promise<PageWeight> {
  const options = { viewport: { width: 375, height: 800 } };
  const context = saveData ? await saveDataContext(browser, options) : await browser.newContext(options);
  const fetched = recordRequests(context, dist, baseUrl);
  const page = await context.newPage();
  await openAndSettle(page, baseUrl + pagePath(file));
  await waitForServiceWorker(page);
  const inlineJs = await inlineScriptBytes(page);
  await context.close();
  const all = fetched();
  return {
    file,
    totals: bytesByKind(all.filter((f) => !f.byServiceWorker)),
    inlineJs,
    fetched: all,
    precache: bytesByKind(all.filter((f) => f.byServiceWorker)),
  };
}

/** Weigh every page of a build, served with gzip. */
export async function weighPages(browser: Browser, dist: string): Promise<PageWeight[]> {
  const server = await serve(dist, { gzip: true });
  try {
    const rows: PageWeight[] = [];
    for (const file of listPages(dist)) rows.push(await weighPage(browser, dist, server.url, file));
    return rows;
  } finally {
    await server.close();
  }
}

/** Weigh one page on a first visit whose reader asked to save data (no service worker precache expected). */
export async function weighSaveDataVisit(browser: Browser, dist: string, file: string): Promise<PageWeight> {
  const server = await serve(dist, { gzip: true });
  try {
    // Pages register the worker at load, before the network settles: one registered would be waited for.
    return await weighPage(browser, dist, server.url, file, true);
  } finally {
    await server.close();
  }
}

/** A fixed-width table of page weights for a terminal. */
export function weightTable(rows: PageWeight[]): string {
  const kinds = ['html', 'css', 'js', 'font', 'image', 'search', 'other', 'total'] as const;
  const head = [
    'page'.padEnd(30),
    ...kinds.map((k) => k.padStart(7)),
    'reqs'.padStart(5),
    'inline js'.padStart(10),
  ].join(' ');
  const lines = rows.map((r) =>
    [
      r.file.padEnd(30),
      ...kinds.map((k) => String(r.totals[k]).padStart(7)),
      String(r.totals.requests).padStart(5),
      String(r.inlineJs).padStart(10),
    ].join(' '),
  );
  return [
    `bytes after gzip, first visit, empty cache (inline js: gzip of inline scripts, inside html)`,
    head,
    ...lines,
  ].join('\n');
}
