// A reader's visit on a host, in Chromium, with the CSP the host sends enforced: home, a chapter, the search
// page and the dialog; then the host is stopped and the network taken away, and a chapter and a search must
// still answer from the service worker. Seven results, one per browser check (checks.ts).
import type { Browser, Page } from 'playwright-core';
import { searchResults, waitForServiceWorker } from '../offline.ts';

const QUERY = 'أردوغان';

/** Time a step may take before it counts as failed: a bound for a broken host, generous for a loaded machine. */
const STEP_MS = 60_000;
/** The service worker downloads the whole site before it is ready: on a loaded machine that can take a while. */
const INSTALL_MS = 120_000;

async function step(problems: Map<string, string[]>, id: string, run: () => Promise<string[]>): Promise<boolean> {
  try {
    problems.set(id, await run());
  } catch (error) {
    problems.set(id, [(error as Error).message.split('\n')[0] ?? 'failed']);
  }
  return problems.get(id)?.length === 0;
}

async function dialogAnswers(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.keyboard.press('Control+k');
  await page.locator('[data-testid=search-dialog] input').fill(QUERY);
  const link = page.locator('[data-testid=search-dialog] .search-result-link').first();
  await link.waitFor({ timeout: STEP_MS });
  return [];
}

/** Visit the site at `url` (with its base path), then `goOffline` and read on. */
export async function runJourney(
  url: string,
  browser: Browser,
  goOffline: () => Promise<void>,
): Promise<Map<string, string[]>> {
  const problems = new Map<string, string[]>();
  const context = await browser.newContext();
  const consoleErrors: string[] = [];
  const violations: string[] = [];
  let online = true;
  await context.exposeBinding('__reportCsp', (_source, text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    else if (m.type() === 'error' && online) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  try {
    await step(problems, 'search-page', async () => {
      await page.goto(url);
      await page.goto(`${url}cica/`);
      const results = await searchResults(page, `${url}search/?q=${encodeURIComponent(QUERY)}`);
      return results.length > 0 ? [] : ['no results'];
    });
    await step(problems, 'search-dialog', () => dialogAnswers(page, `${url}syria/`));
    const installed = await step(problems, 'service-worker', async () => {
      await page.goto(`${url}cica/`);
      await Promise.race([
        // The page has navigated while the worker installed: its claim may have missed it.
        waitForServiceWorker(page, { reloadIfMissed: true }),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`no service worker in ${INSTALL_MS / 1000} s`)), INSTALL_MS),
        ),
      ]);
      return [];
    });
    problems.set('console', [...consoleErrors]);
    online = false;
    await goOffline();
    await context.setOffline(true);
    const offline = (run: () => Promise<string[]>) => async () =>
      installed ? run() : ['the service worker did not install'];
    await step(
      problems,
      'offline-chapter',
      offline(async () => {
        const response = await page.goto(`${url}cica/`);
        const h1 = await page.locator('h1').count();
        return response?.fromServiceWorker() && h1 === 1 ? [] : ['not from the service worker'];
      }),
    );
    await step(
      problems,
      'offline-search',
      offline(async () => {
        const results = await searchResults(page, `${url}search/?q=${encodeURIComponent(QUERY)}`);
        return results.length > 0 ? [] : ['no results'];
      }),
    );
    problems.set('csp', [...new Set(violations)]);
  } finally {
    await context.close();
  }
  return problems;
}
