// A reader's verb by its form (lib/search/verbs.ts), and a question whose verb no page holds answered by its other
// words (scripts/search/wrap.ts), while a topic no page holds still finds nothing.
import { describe, expect, it, vi } from 'vitest';
import { encodeWord } from '../../src/lib/search/index-html.ts';
import type { FragmentData } from '../../src/lib/search/results.ts';
import { looksLikeVerb } from '../../src/lib/search/verbs.ts';
import type { PagefindResult, SearchFn } from '../../src/scripts/search/types.ts';
import { siteSearch } from '../../src/scripts/search/wrap.ts';

describe('looksLikeVerb', () => {
  it('reads the future س and the imperfect ي before a stem', () => {
    for (const word of ['سيصل', 'ستناقشها', 'سنرى', 'يصل', 'يلتقي', 'ويصل'])
      expect(looksLikeVerb(word), word).toBe(word !== 'ويصل');
  });

  it('reads a past verb of «she» in ت…ت, or of three letters and ت', () => {
    for (const word of ['تدخلت', 'تعرضت', 'توقفت', 'تركت', 'سمحت', 'رفضت', 'قررت'])
      expect(looksLikeVerb(word), word).toBe(true);
  });

  it('leaves nouns: an article, a ة or ات ending, a month or a day', () => {
    for (const word of [
      'سياسة',
      'السينما',
      'سيارات',
      'سيادة',
      'يوم',
      'يوليو',
      'بريطانيا',
      'توقيت',
      'تفاوت',
      'تحالفات',
      'يد',
      'ثابت',
      'بيوت',
      'وقت',
      'بنات',
    ]) {
      expect(looksLikeVerb(word), word).toBe(false);
    }
  });
});

/** A page as Pagefind's fragment would hold it (the site indexes words encoded: index-html.ts). */
const page = (url: string, text: string): FragmentData => ({
  url,
  content: text.split(' ').map(encodeWord).join(' '),
  meta: { title: url },
  anchors: [{ element: 'p', id: 'p-1', location: 0 }],
});

/** A stand-in for pagefind.search: a query finds the pages holding a word that starts with it. */
const pagefindOver = (pages: readonly FragmentData[]): SearchFn =>
  vi.fn((term: string | null) =>
    Promise.resolve({
      results: pages
        .filter((p) => term && p.content.split(/[\s/]+/).some((w) => w.startsWith(term)))
        .map((data): PagefindResult => ({ id: data.url, score: 1, words: [], data: () => Promise.resolve(data) })),
      unfilteredResultCount: 0,
      filters: {},
      totalFilters: { chapter: Object.fromEntries(pages.map((p) => [p.url, 1])) },
    }),
  );

describe('a question whose verb no page holds', () => {
  const pages = [
    page('/visit/', 'زيارة أردوغان إلى أستانا في أكتوبر'),
    page('/war/', 'الحرب في سوريا منذ 2011'),
    page('/talks/', 'محادثات في موسكو'),
  ];
  const search = siteSearch(pagefindOver(pages), String);

  it('is answered by its other words, whole', async () => {
    const answer = await search('متى سيصل أردوغان إلى أستانا');
    expect(answer.results.map((r) => r.url.split('?')[0])).toEqual(['/visit/']);
    expect(answer.complete).toBe(true);
  });

  it('is not left out outside a question, nor is a noun no page holds', async () => {
    const words = await search('سيصل أردوغان أستانا');
    expect([words.complete, words.absent]).toEqual([false, ['سيصل']]);
    expect((await search('متى سيصل ماكرون إلى كوريا')).results).toEqual([]);
  });
});
