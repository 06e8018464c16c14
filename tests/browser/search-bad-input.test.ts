// Bad input, typed in the dialog and passed in ?q=: no console error, nothing from the query rendered as
// markup or run as script, and the search still works afterwards.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedTab, useSiteSession } from '../support/site-session.ts';

const site = useSiteSession();

const BAD: [string, string][] = [
  ['empty', ''],
  ['whitespace', '   \t  '],
  // Latin in the URL: 5,000 Arabic letters percent-encode to 30 kB, more than servers accept in a request line.
  ['5,000 characters', 'Kazakhstan '.repeat(455).slice(0, 5000)],
  ['5,000 Arabic characters (typed only)', 'كازاخستان '.repeat(500)],
  ['emoji', '😀🇰🇿🎉'],
  ['mixed scripts', 'Erdoğan أردوغان Эрдоган 1992 ١٩٩٢'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['script break-out', '"><script>alert(1)</script>'],
];

/** Console errors, uncaught errors and dialogs (alert) the file's tab met since the test began: none is expected. */
let problems: string[] = [];

/**
 * The file's one tab (sharedTab: each test navigates it to a new document), recording what it should never see
 * into `problems`, emptied for each test.
 */
const tab = sharedTab(site);
const watched = new WeakSet<Page>();
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await tab();
  // The last test's page left first, so that nothing it still does is counted against this one.
  await page.goto('about:blank');
  problems = [];
  if (!watched.has(page)) {
    watched.add(page);
    page.on('console', (m) => {
      // The site has no favicon yet (not search's concern): the browser's own request for it is not an error of ours.
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  }
  return { page, problems };
}

/** Wait until the search UI in `root` has finished with the query now in its box (an empty box needs none). */
async function searchSettled(page: Page, root: string): Promise<void> {
  await page.waitForFunction((selector) => {
    const ui = document.querySelector<HTMLElement>(selector);
    const value = ui?.querySelector('input')?.value;
    return value === '' ? true : ui?.dataset.searchDone === value;
  }, root);
}

/** Nothing of the query became markup: no injected img or script, no onerror attribute anywhere. */
async function expectNothingInjected(page: Page): Promise<void> {
  const injected = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"], img[onerror]').length,
    script: [...document.scripts].filter((s) => s.textContent?.includes('alert(1)')).length,
    onerror: document.querySelectorAll('[onerror]').length,
  }));
  expect(injected).toEqual({ img: 0, script: 0, onerror: 0 });
}

describe('bad input passed in ?q=', () => {
  it.each(BAD.filter(([name]) => !name.includes('typed only')))('%s', async (_, query) => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(query)}`);
    const input = page.locator('[data-search-page] input');
    await input.waitFor();
    await searchSettled(page, '[data-search-page]');
    await expectNothingInjected(page);
    // Still usable: a real query after the bad one finds the article.
    await input.fill('أستانا');
    await page.locator('[data-testid=search-results] .search-result-link').first().waitFor({ timeout: 15_000 });
    expect(problems).toEqual([]);
  });
});

describe('bad input typed in the dialog', () => {
  it('handles each in turn without errors, injection or a broken dialog', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site.server.url}cica/`);
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-testid=search-dialog] input');
    await input.waitFor();
    for (const [name, query] of BAD) {
      await input.fill(query);
      await searchSettled(page, '[data-testid=search-dialog]');
      await expectNothingInjected(page);
      expect(problems, name).toEqual([]);
    }
    await input.fill('Zelensky');
    await page.locator('[data-testid=search-dialog] .search-result-link').first().waitFor({ timeout: 15_000 });
    expect(
      await page.locator('[data-testid=search-dialog] .search-result-link').first().getAttribute('href'),
    ).toContain('/ukraine-mediation/');
    expect(problems).toEqual([]);
  });
});
