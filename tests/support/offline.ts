// Helpers for the offline browser tests: wait until the service worker controls a page, list the pages,
// read a search's results.
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { listPages } from '../../src/lib/files.ts';
import { pagePath } from '../../src/lib/urls.ts';

/**
 * Wait until a service worker is active and controls the page (it has precached everything by then). A worker's
 * claim skips a page still loading when it runs (a client not yet execution-ready, per the spec), and such a page
 * stays uncontrolled: then it is reloaded, as a reader's next page load is controlled.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  const controlled = () =>
    page.evaluate(async () => {
      const container = navigator.serviceWorker;
      const worker = (await container.ready).active;
      if (container.controller) return true;
      // Its claim (in the activate step, so done once it is `activated`) takes this page, or missed it.
      await Promise.race([
        new Promise((resolve) => container.addEventListener('controllerchange', resolve, { once: true })),
        new Promise<void>((resolve) => {
          const settled = () => worker?.state === 'activated' && resolve();
          settled();
          worker?.addEventListener('statechange', settled);
        }),
      ]);
      return container.controller !== null;
    });
  if (await controlled()) return;
  await page.reload();
  if (!(await controlled())) throw new Error(`the service worker does not control ${page.url()}, even reloaded`);
}

/** The URL paths of the built pages a reader can open (not 404.html), e.g. `''`, `cica/`. */
export function pagePaths(dist: string): string[] {
  return listPages(dist)
    .map(pagePath)
    .filter((path) => path === '' || path.endsWith('/'));
}

/** Collect Content-Security-Policy violations reported on a page, or on every page and worker of a profile. */
export function watchCsp(target: Page | BrowserContext): string[] {
  const violations: string[] = [];
  const record = (m: ConsoleMessage): void => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  };
  if ('goto' in target) target.on('console', record);
  else target.on('console', record);
  return violations;
}

/** The result links a search page URL (`…/search/?q=…`) lists, in rank order, once the page has finished with
 *  its query (`data-search-done`, set by the search controller). */
export async function searchResults(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchDone,
    null,
    {
      timeout: 15_000,
    },
  );
  return page
    .locator('[data-testid="search-results"] a')
    .evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
}
