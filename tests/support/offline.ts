// Helpers for the offline browser tests: wait until the service worker controls a page, list the pages.
import type { Page } from 'playwright-core';
import { listFiles } from '../../src/lib/files.ts';

/** Wait until a service worker is active and controls the page (it has precached everything by then). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** The URL paths of the built pages a reader can open (not 404.html), e.g. `''`, `cica/`. */
export function pagePaths(dist: string): string[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => f.slice(0, -'index.html'.length));
}

/** Collect Content-Security-Policy violations reported on a page. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}
