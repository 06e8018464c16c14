// Search that answers a reader's question, in a real browser: a question typed in the dialog and on the search
// page finds the paragraph that answers first; a query no page holds whole shows the pages holding most of it
// and names in Arabic the words left out; a query of question words only finds nothing and says why; another
// form of an article word (a singular for a broken plural, a noun for a verb) finds it, with the highlight on the
// article's word. Screenshots of a partial answer, light and dark, at phone and desktop width.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedProfile, sharedTab, useSiteSession } from '../support/site-session.ts';
import { searchUi } from '../../src/i18n/ui.ts';
import { searchScreenshots } from '../support/search-screenshots.ts';

const site = useSiteSession();
const tab = sharedTab(site);
const newTab = sharedProfile(site);

/** On the search page for `query`: the result links and, for the first result, its paragraph links (#p-N). */
async function answer(
  page: Page,
  query: string,
): Promise<{ chapters: string[]; paragraphs: string[]; summary: string }> {
  // The first question opens the search page from a shared link (?q=); the next are typed into its box, one
  // after another as a reader asks them (a page load with Pagefind's start costs six typed queries here).
  const onSearchPage = page.url().startsWith(`${site.server.url}search/`);
  if (onSearchPage) {
    // Forget the last query's mark, so that the same question typed again waits for its own run.
    await page.evaluate(() => delete document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchDone);
    await page.locator('[data-search-page] input').fill(query);
  } else await page.goto(`${site.server.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchDone === q,
    query,
    { timeout: 15_000 },
  );
  const chapters = await page.$$eval('[data-testid=search-results] .search-result-link', (links) =>
    links.map((a) => decodeURI(new URL((a as HTMLAnchorElement).href).pathname)),
  );
  const paragraphs = await page.$$eval(
    '[data-testid=search-results] .search-result:first-child .search-paragraph-link',
    (links) => links.map((a) => (a as HTMLAnchorElement).hash),
  );
  const summary = (await page.locator('[data-search-page] .search-summary').textContent()) ?? '';
  return { chapters, paragraphs, summary };
}

describe('a question on the search page', () => {
  it.each([
    ['من هو وزير الخارجية الروسي', '/ukraine-mediation/', '#p-14'],
    ['أين القاعدة الجوية الروسية', '/syria/', '#p-23'],
    ['ماذا ستتناول القمة', '/cica/', '#p-5'],
    ['كم عاما كانت كازاخستان جزءا من الاتحاد السوفيتي', '/bilateral-ties/', '#p-8'],
    ['الهدنة بين روسيا وأوكرانيا', '/ukraine-mediation/', '#p-17'],
  ])('%s: the answering paragraph first', async (query, chapter, paragraph) => {
    const page = await tab();
    const got = await answer(page, query);
    expect(got.chapters[0]).toBe(chapter);
    expect(got.paragraphs[0]).toBe(paragraph);
  });

  it('reads the answering paragraph first to a screen reader too: the list is in rank order in the DOM', async () => {
    const page = await tab();
    await answer(page, 'الهدنة بين روسيا وأوكرانيا');
    const names = await page.$$eval(
      '[data-testid=search-results] .search-result:first-child .search-paragraph-title',
      (t) => t.map((x) => x.textContent),
    );
    expect(names[0]).toBe(searchUi.paragraph(17));
  });
});

describe('other forms of the article’s words', () => {
  it.each([
    ['قضية', '#p-5', 'القضايا'],
    ['منطقة', '#p-16', 'مناطق'],
    ['افتتاح السفارة', '#p-10', 'افتتحت'],
    ['انضمام روسيا', '#p-23', 'انضمت'],
    ['احتفال', '#p-7', 'احتفلت'],
  ])('%s finds %s, marking %s', async (query, paragraph, articleWord) => {
    const page = await tab();
    const got = await answer(page, query);
    expect(got.paragraphs[0]).toBe(paragraph);
    // Found as typed, not "corrected" to a word one letter away (احتفال is not احتمال).
    expect(got.summary).toBe(searchUi.found(got.chapters.length, query));
    const href = (await page.locator('.search-paragraph-link').first().getAttribute('href')) ?? '';
    expect(new URL(href, site.server.url).searchParams.getAll('pagefind-highlight')).toContain(articleWord);
  });
});

describe('when no page holds every word', () => {
  const query = 'متى افتتحت تركيا سفارتها في القاهرة';

  it('shows the pages holding most of them and names the word left out, in Arabic', async () => {
    const page = await tab();
    const got = await answer(page, query);
    expect(got.chapters[0]).toBe('/bilateral-ties/');
    expect(got.paragraphs[0]).toBe('#p-10');
    expect(got.summary).toBe(searchUi.partial(got.chapters.length, query, ['القاهرة']));
  });

  it('finds nothing for a topic the article never mentions beside a common word', async () => {
    const page = await tab();
    for (const q of ['الانتخابات في تركيا', 'كرة القدم', 'أسعار النفط في روسيا']) {
      expect((await answer(page, q)).chapters, q).toEqual([]);
    }
  });

  it('finds nothing for question words alone, and says they are not searched alone', async () => {
    const page = await tab();
    const got = await answer(page, 'من هو');
    expect(got.chapters).toEqual([]);
    expect(got.summary).toBe(searchUi.onlyStopWords('من هو'));
  });
});

describe('a question in the dialog', () => {
  it('answers with the paragraph first, right to left, and Enter opens it', async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}cica/`);
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-testid=search-dialog] input');
    await input.fill('من هو وزير الخارجية الروسي');
    const first = page.locator('[data-testid=search-dialog] .search-paragraph-link').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toMatch(/#p-14$/);
    expect(await page.locator('[data-testid=search-dialog]').evaluate((d) => getComputedStyle(d).direction)).toBe(
      'rtl',
    );
    // Enter in the box opens the answer itself, not the top of its chapter.
    await Promise.all([page.waitForURL(/#p-14$/), input.press('Enter')]);
    await page.close();
  });

  it('writes screenshots of a partial answer (375 and 1280 px, light and dark)', async () => {
    const names = await searchScreenshots(
      newTab,
      site.server.url,
      'متى افتتحت تركيا سفارتها في القاهرة',
      'search-question',
    );
    expect(names).toHaveLength(8);
  });
});
