// The search UI's logic without a browser: the words for a count, the summary line, the arrow keys' walk,
// and the site's search over a stand-in for Pagefind (merging, checking every word, ranking).
import { describe, expect, it, vi } from 'vitest';
import { searchUi } from '../../src/i18n/ui.ts';
import { formatCount } from '../../src/i18n/numbers.ts';
import { encodeWord } from '../../src/lib/search/index-html.ts';
import type { FragmentData } from '../../src/lib/search/results.ts';
import { stepFocus } from '../../src/scripts/search/controller.ts';
import { queryFromUrl, urlWithQuery } from '../../src/scripts/search/query-url.ts';
import type { PagefindResult, SearchFn } from '../../src/scripts/search/types.ts';
import { siteSearch } from '../../src/scripts/search/wrap.ts';
import { parseQuery, termQueries } from '../../src/lib/search/query.ts';

const results = { one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة' };

describe('formatCount', () => {
  it('agrees the noun with the number as Arabic does', () => {
    expect(formatCount(1, results)).toBe('نتيجة واحدة');
    expect(formatCount(2, results)).toBe('نتيجتان');
    expect(formatCount(3, results)).toBe('٣ نتائج');
    expect(formatCount(10, results)).toBe('١٠ نتائج');
    expect(formatCount(11, results)).toBe('١١ نتيجة');
    expect(formatCount(100, results)).toBe('١٠٠ نتيجة');
    expect(formatCount(103, results)).toBe('١٠٣ نتائج');
  });
});

describe('searchUi.found', () => {
  it('says how many results, with the query quoted and isolated so Latin keeps its order', () => {
    expect(searchUi.found(1, 'Putin')).toBe('نتيجة واحدة لـ «\u2068Putin\u2069»');
    expect(searchUi.found(4, 'أستانا')).toBe('٤ نتائج لـ «\u2068أستانا\u2069»');
  });

  it('says there is nothing, and what to try, when nothing matches', () => {
    expect(searchUi.found(0, 'بايدن')).toMatch(/^لا توجد نتائج لـ «\u2068بايدن\u2069»\. جرّب/);
  });
});

describe('searchUi.moreParagraphs', () => {
  it('counts the paragraphs left out in agreement', () => {
    expect(searchUi.moreParagraphs(1)).toBe('فقرة أخرى في هذا الفصل');
    expect(searchUi.moreParagraphs(2)).toBe('فقرتان أخريان في هذا الفصل');
    expect(searchUi.moreParagraphs(5)).toBe('٥ فقرات أخرى في هذا الفصل');
    expect(searchUi.moreParagraphs(12)).toBe('١٢ فقرة أخرى في هذا الفصل');
  });
});

describe('queryFromUrl', () => {
  it('reads ?q= and a bare &literal', () => {
    expect(queryFromUrl('https://x.org/search/?q=%D8%A3%D8%B3%D8%AA%D8%A7%D9%86%D8%A7&literal')).toEqual({
      query: 'أستانا',
      literal: true,
    });
    expect(queryFromUrl('https://x.org/search/')).toEqual({ query: '', literal: false });
  });
});

describe('urlWithQuery', () => {
  const page = 'https://x.org/search/?q=old&literal#top';
  it('sets ?q=, keeps the rest, and writes &literal bare when asked', () => {
    expect(urlWithQuery(page, 'Putin', false)).toBe('https://x.org/search/?q=Putin#top');
    expect(urlWithQuery(page, 'Putin', true)).toBe('https://x.org/search/?q=Putin&literal#top');
    expect(urlWithQuery('https://x.org/search/?ref=home', 'أستانا', true)).toBe(
      'https://x.org/search/?ref=home&q=%D8%A3%D8%B3%D8%AA%D8%A7%D9%86%D8%A7&literal',
    );
  });
  it('drops ?q= and &literal for an empty box', () => {
    expect(urlWithQuery(page, '  ', true)).toBe('https://x.org/search/#top');
  });
});

describe('stepFocus', () => {
  const items = ['input', 'a1', 'a2', 'a3'];
  it('moves down from the box into the results and up back to it, stopping at the ends', () => {
    expect(stepFocus(items, 'input', 1)).toBe('a1');
    expect(stepFocus(items, 'a2', -1)).toBe('a1');
    expect(stepFocus(items, 'a1', -1)).toBe('input');
    expect(stepFocus(items, 'input', -1)).toBe('input');
    expect(stepFocus(items, 'a3', 1)).toBe('a3');
  });

  it('leaves focus alone when it is outside the search', () => {
    expect(stepFocus(items, 'elsewhere', 1)).toBeUndefined();
    expect(stepFocus(items, null, 1)).toBeUndefined();
  });
});

/** A page as Pagefind's fragment would hold it (the site indexes words encoded: index-html.ts). */
function page(url: string, title: string, text: string): FragmentData {
  return {
    url,
    content: text.split(' ').map(encodeWord).join(' '),
    meta: { title },
    anchors: [{ element: 'p', id: 'p-1', location: 0 }],
  };
}

/** A stand-in for pagefind.search: each query finds the given pages, at the given scores. */
function fakePagefind(found: Record<string, [FragmentData, number][]>): SearchFn {
  return vi.fn((term: string | null) =>
    Promise.resolve({
      results: (found[term ?? ''] ?? []).map(([data, score]): PagefindResult => ({
        id: data.url,
        score,
        words: [],
        data: () => Promise.resolve(data),
      })),
      unfilteredResultCount: 0,
      filters: {},
      totalFilters: {},
    }),
  );
}

/** A stand-in for pagefind.search over whole pages: a query finds the pages that hold a word starting with it. */
function pagefindOver(pages: readonly FragmentData[]): SearchFn {
  return vi.fn((term: string | null) =>
    Promise.resolve({
      results: pages
        .filter((p) => term && p.content.split(/[\s/]+/).some((w) => w.startsWith(term)))
        .map((data, i): PagefindResult => ({
          id: data.url,
          score: 1 / (i + 1),
          words: [],
          data: () => Promise.resolve(data),
        })),
      unfilteredResultCount: 0,
      filters: {},
      totalFilters: { chapter: Object.fromEntries(pages.map((p) => [p.meta.title, 1])) },
    }),
  );
}

describe('siteSearch', () => {
  const syria = page('/syria/', 'سوريا', 'عملية أستانا في سوريا');
  const cica = page('/cica/', 'القمة', 'قمة في أستانا عاصمة كازاخستان');

  it('asks Pagefind nothing for a query with no words', async () => {
    const search = fakePagefind({});
    expect((await siteSearch(search, String)('  ،؟ ')).results).toEqual([]);
    expect(search).not.toHaveBeenCalled();
  });

  it('asks Pagefind nothing for a query of question words and particles only, and says so', async () => {
    const search = fakePagefind({});
    const answer = await siteSearch(search, String)('من هو وماذا في');
    expect([answer.results, answer.onlyStopWords]).toEqual([[], true]);
    expect(search).not.toHaveBeenCalled();
  });

  it('asks Pagefind for each term on its own, and counts a page found by several queries once', async () => {
    const [asked = ''] = termQueries(parseQuery('أستانا')[0] ?? { fold: '', key: '', stem: '', typed: '' });
    const visit = page('/bilateral-ties/', 'الزيارة', 'زيارة أستانا عاصمة كازاخستان');
    const search = fakePagefind({
      [asked]: [
        [visit, 1],
        [cica, 2],
      ],
    });
    const found = (await siteSearch(search, (n) => `الفقرة ${n}`)('أستانا')).results;
    expect(found.map((r) => r.url.split('?')[0]).sort()).toEqual(['/bilateral-ties/', '/cica/']);
    expect(found[0]?.sub_results[0]?.title).toBe('الفقرة 1');
    expect(found[0]?.excerpt).toContain('<mark>أستانا</mark>');
  });

  it('shows only the pages holding every word when some do', async () => {
    const answer = await siteSearch(pagefindOver([syria, cica]), String)('أستانا كازاخستان');
    expect(answer.results.map((r) => r.meta.title)).toEqual(['القمة']);
    expect([answer.complete, answer.missing, answer.absent]).toEqual([true, [], []]);
  });

  it('drops question words: they never stop a page from matching', async () => {
    const answer = await siteSearch(pagefindOver([syria, cica]), String)('أين عاصمة كازاخستان؟');
    expect(answer.results.map((r) => r.meta.title)).toEqual(['القمة']);
    expect(answer.complete).toBe(true);
  });

  it('shows the pages holding most of the weight when none holds every word, naming what the first lacks', async () => {
    // Pages enough that weights are as in a real site: the word no page holds weighs most, but not all the rest.
    const others = ['مضايق', 'الحبوب', 'موسكو'].map((w, i) => page(`/other-${i}/`, w, `${w} في الأخبار`));
    const answer = await siteSearch(pagefindOver([syria, cica, ...others]), String)('قمة عاصمة كازاخستان القاهرة');
    expect(answer.results.map((r) => r.meta.title)).toEqual(['القمة']);
    expect([answer.complete, answer.missing, answer.absent]).toEqual([false, ['القاهرة'], ['القاهرة']]);
  });

  it('finds nothing when the words a page lacks are most of the query (an unknown topic beside a common word)', async () => {
    const answer = await siteSearch(pagefindOver([syria, cica]), String)('الانتخابات في أستانا');
    expect(answer.results).toEqual([]);
    expect(answer.absent).toEqual(['الانتخابات']);
  });
});
