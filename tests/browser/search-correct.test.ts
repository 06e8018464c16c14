// Typing slips in a real browser: a query that finds nothing is corrected to the article's word and run,
// the summary says so in Arabic (right to left, Latin kept in order), the query as typed is one click away
// and offers «هل تقصد…» back; typed in the dialog and given by /search/?q=. A query with matches is never
// corrected and never fetches the vocabulary. Screenshots in screenshots/, light and dark, phone and desktop.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedProfile, sharedTab, useSiteSession } from '../support/site-session.ts';
import { chapterWith } from '../support/chapters.ts';
import { searchUi } from '../../src/i18n/ui.ts';
import { VOCABULARY_DIR, lettersFor, partFile } from '../../src/lib/search/vocabulary-parts.ts';
import { SCREENSHOTS } from '../support/search-screenshots.ts';

const site = useSiteSession();
const tab = sharedTab(site);
const newTab = sharedProfile(site);
const PAGE = '[data-search-page]';

/** The result chapters of a search UI (`root`) once it is done with `query`. */
async function resultsFor(page: Page, query: string, root = PAGE): Promise<string[]> {
  await page.waitForFunction(
    ([q, r]) => {
      const ui = document.querySelector<HTMLElement>(r);
      return ui?.dataset.searchDone === q && ui.getAttribute('aria-busy') !== 'true';
    },
    [query, root] as const,
    { timeout: 15_000 },
  );
  return page.$$eval(`${root} .search-result-link`, (links) =>
    links.map((a) => decodeURI(new URL((a as HTMLAnchorElement).href).pathname)),
  );
}

const summaryOf = (page: Page, root = PAGE) => page.locator(`${root} .search-summary`);

describe('a slip in /search/?q=', () => {
  it('runs the corrected query, says what it did in Arabic, and links to the query as typed', async () => {
    const page = await tab();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('أردوغان')}`);
    const meant = await resultsFor(page, 'أردوغان');
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('اردوغن')}`);
    expect(await resultsFor(page, 'اردوغن')).toEqual(meant);
    expect(meant.length).toBeGreaterThan(0);
    const summary = summaryOf(page);
    expect(await summary.textContent()).toBe(
      `${searchUi.corrected(meant.length, 'أردوغان', 'اردوغن')} ${searchUi.literal('اردوغن')}`,
    );
    // The landing highlight marks the article's word, not the slip.
    const href = (await page.locator(`${PAGE} .search-result-link`).first().getAttribute('href')) ?? '';
    expect(new URL(href, site.server.url).searchParams.getAll('pagefind-highlight')).toContain('أردوغان');
    const literal = summary.locator('a.search-rerun');
    expect(await literal.getAttribute('href')).toBe(`/search/?q=${encodeURIComponent('اردوغن')}&literal`);
    expect(await summary.evaluate((s) => getComputedStyle(s).direction)).toBe('rtl');
  });

  it('gives the query as typed in one click, offers «هل تقصد…», and a click on it gives the results back', async () => {
    const page = await tab();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('زلنسكي')}`);
    const corrected = await resultsFor(page, 'زلنسكي');
    expect(corrected).toEqual([`/${chapterWith('زيلينسكي').id}/`]);
    await summaryOf(page).locator('a.search-rerun').click();
    await expect.poll(() => page.url()).toMatch(/[?&]literal$/);
    expect(await resultsFor(page, 'زلنسكي')).toEqual([]);
    expect(await summaryOf(page).textContent()).toBe(
      `${searchUi.noneAsTyped('زلنسكي')} ${searchUi.didYouMean('زيلينسكي')}`,
    );
    // A reload keeps the query as typed.
    await page.reload();
    expect(await resultsFor(page, 'زلنسكي')).toEqual([]);
    await summaryOf(page).locator('a.search-rerun').click();
    expect(await resultsFor(page, 'زيلينسكي')).toEqual(corrected);
    expect(new URL(page.url()).searchParams.has('literal')).toBe(false);
    expect(await page.locator(`${PAGE} input`).inputValue()).toBe('زيلينسكي');
  });

  it('corrects a Latin slip through the alias table, and keeps it left to right inside the Arabic', async () => {
    const page = await tab();
    await page.goto(`${site.server.url}search/?q=Kazahkstan`);
    const found = await resultsFor(page, 'Kazahkstan');
    expect(found.length).toBeGreaterThan(0);
    expect(await summaryOf(page).textContent()).toContain('«\u2068Kazakhstan\u2069»؛ لم نجد «\u2068Kazahkstan\u2069»');
  });

  it('never corrects a query with matches (nor fetches the vocabulary), nor a word the site does not have', async () => {
    const page = await site.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('كازاخستان')}`);
    expect((await resultsFor(page, 'كازاخستان')).length).toBeGreaterThan(0);
    const parts = () =>
      fetched.filter((u) => u.includes(`/${VOCABULARY_DIR}`)).map((u) => u.slice(u.indexOf(VOCABULARY_DIR)));
    expect(parts()).toEqual([]);
    const words = ['ماكرون', 'برشلونة', 'Biden', '"اردوغن"'];
    for (const word of words) {
      await page.goto(`${site.server.url}search/?q=${encodeURIComponent(word)}`);
      expect(await resultsFor(page, word), word).toEqual([]);
      expect(await summaryOf(page).locator('a').count(), word).toBe(0);
    }
    // For each page whose query found nothing, but the quoted one (which is never corrected), only the parts of
    // the vocabulary its word's readings start with: برشلونة is also رشلونة (ب read as a preposition).
    expect(parts()).toEqual(words.slice(0, 3).flatMap((w) => lettersFor(w).map(partFile)));
    expect(parts()).toHaveLength(4);
    await page.close();
  });
});

describe('a slip typed in the dialog', () => {
  it('is corrected as the reader types, and the link to the query as typed stays in the dialog', async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}cica/`);
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] input').waitFor();
    await page.keyboard.type('طهرن');
    expect(await resultsFor(page, 'طهرن', 'dialog[open]')).toEqual([`/${chapterWith('طهران').id}/`]);
    const summary = summaryOf(page, 'dialog[open]');
    expect(await summary.textContent()).toMatch(/؛ لم نجد «\u2068طهرن\u2069»\. /);
    await summary.locator('a.search-rerun').click();
    // The query is the same word as before, so wait for the literal search's own summary, not searchDone.
    await page.waitForFunction(
      (text) => document.querySelector('dialog[open] .search-summary')?.textContent?.includes(text) === true,
      searchUi.didYouMean('طهران'),
    );
    expect(await resultsFor(page, 'طهرن', 'dialog[open]')).toEqual([]);
    expect(page.url()).toBe(`${site.server.url}cica/`);
    expect(await summary.textContent()).toContain(searchUi.didYouMean('طهران'));
    await page.close();
  });

  it('looks right in light and dark, at phone and desktop width (screenshots)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        const page = await newTab({ viewport: { width, height: 860 }, colorScheme });
        await page.goto(`${site.server.url}search/?q=${encodeURIComponent('كازاخستن')}`);
        expect((await resultsFor(page, 'كازاخستن')).length).toBeGreaterThan(0);
        const link = summaryOf(page).locator('a.search-rerun');
        // The link is the accent colour of the theme, not the body text's.
        const [linkColor, textColor] = await Promise.all([
          link.evaluate((a) => getComputedStyle(a).color),
          summaryOf(page).evaluate((s) => getComputedStyle(s).color),
        ]);
        expect(linkColor).not.toBe(textColor);
        await page.screenshot({ path: join(SCREENSHOTS, `search-corrected-${width}-${colorScheme}.png`) });
        await page.close();
      }
    }
  });
});
