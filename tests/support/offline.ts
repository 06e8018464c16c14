// Helpers for the offline browser tests: wait until the service worker controls a page, list the pages,
// read a search's results.
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { listPages } from '../../src/lib/files.ts';
import { pagePath } from '../../src/lib/urls.ts';

/**
 * Wait until a service worker is active and controls the page (it has precached everything by then). A page whose
 * navigation was still in flight (no document yet) when the worker activated is not claimed and stays uncontrolled;
 * a test that navigates while the worker installs passes `reloadIfMissed`, and such a page is then reloaded, as a
 * reader's next page load is controlled. Without it, a page left uncontrolled fails the test.
 */
export async function waitForServiceWorker(page: Page, { reloadIfMissed = false } = {}): Promise<void> {
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
  if (reloadIfMissed) {
    await page.reload();
    if (await controlled()) return;
  }
  throw new Error(`the service worker is active but does not control ${page.url()}`);
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
  // Two calls, one per type: TypeScript cannot call `on` through the union of their overloads.
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
