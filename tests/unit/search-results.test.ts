import { describe, expect, it } from 'vitest';
import { searchUi } from '../../src/i18n/ui.ts';
import { encodeWord } from '../../src/lib/search/index-html.ts';
import {
  buildExcerpt,
  matchPage,
  phraseStarts,
  shapeResult,
  withHighlight,
  type FragmentData,
} from '../../src/lib/search/results.ts';
import { wordForms } from '../../src/lib/text/normalize.ts';

const encode = (text: string) => text.split(' ').map(encodeWord).join(' ');
const p1 = 'زار أردوغان كازاخستان والتقى توكاييف.';
const p2 = 'ثم سافر الرئيس إلى طهران.';
const data: FragmentData = {
  url: '/bilateral-ties/',
  content: `${encode(p1)} ${encode(p2)} `,
  meta: { title: 'العلاقات' },
  anchors: [
    { element: 'p', id: 'p-1', location: 0 },
    { element: 'p', id: 'p-2', location: 5 },
  ],
};
const shape = (...words: string[]) =>
  shapeResult(data, { terms: words.map((w) => wordForms(w)), paragraphTitle: (n) => `الفقرة ${n}` });

describe('shapeResult', () => {
  it('says which sub-result is a subheading and which a paragraph', () => {
    const withHeading: FragmentData = {
      ...data,
      anchors: [
        { element: 'h2', id: 'syria', location: 0 },
        { element: 'p', id: 'p-2', location: 5 },
      ],
    };
    const result = shapeResult(withHeading, {
      terms: [wordForms('أردوغان'), wordForms('طهران')],
      paragraphTitle: (n) => `الفقرة ${n}`,
    });
    expect(result?.sub_results.map((s) => s.kind)).toEqual(['heading', 'paragraph']);
  });

  it('keeps a page that has every searched word, with excerpts in the original text', () => {
    const result = shape('والرئيس');
    expect(result?.excerpt).toContain('<mark>الرئيس</mark>');
    expect(result?.excerpt).not.toContain('//');
  });

  it('keeps a page holding some of the words, saying which (the ranking weighs how many), and drops one holding none', () => {
    const match = matchPage(data, { terms: ['أردوغان', 'بايدن'].map((w) => wordForms(w)) });
    expect(match?.found.map((f) => f.length)).toEqual([1, 0]);
    expect(match?.passages.map((p) => p.found.map((f) => f.length))).toEqual([
      [1, 0],
      [0, 0],
    ]);
    // No prefix-matching false positives: تين is not بوتين.
    expect(shape('تين')).toBeUndefined();
    expect(shape('بايدن')).toBeUndefined();
  });

  it('gives one sub-result per matching paragraph, linking to it with the words to highlight', () => {
    const result = shape('أردوغان', 'طهران');
    expect(result?.sub_results.map((s) => s.title)).toEqual(['الفقرة 1', 'الفقرة 2']);
    expect(result?.sub_results.map((s) => s.kind)).toEqual(['paragraph', 'paragraph']);
    expect(result?.sub_results[1]?.url).toBe(
      `/bilateral-ties/?pagefind-highlight=${encodeURIComponent('أردوغان')}&pagefind-highlight=${encodeURIComponent('طهران')}#p-2`,
    );
    expect(result?.url.startsWith('/bilateral-ties/?pagefind-highlight=')).toBe(true);
  });
});

describe('buildExcerpt', () => {
  it('marks hits and cuts around the first one', () => {
    const words = 'ا ب ت ث ج ح خ د'.split(' ');
    expect(buildExcerpt(words, new Set([6]), 0, words.length, 3)).toBe('… ح <mark>خ</mark> د');
    expect(buildExcerpt(words, new Set([3]), 0, words.length, 3)).toBe('… ت <mark>ث</mark> ج …');
  });

  it('marks Latin words English and left to right, as the reading pages do', () => {
    const words = 'في آسيا (CICA) الذي'.split(' ');
    expect(buildExcerpt(words, new Set([2]), 0, words.length, 4)).toBe(
      'في آسيا <mark>(<span lang="en" dir="ltr">CICA</span>)</mark> الذي',
    );
  });

  it('escapes markup in the text', () => {
    const html = buildExcerpt(['<img', 'src=x', 'onerror="alert(1)">'], new Set([0]), 0, 3, 3);
    expect(html).not.toMatch(/<img|<(?!\/?(mark|span)\b)/);
    expect(html).toContain('&lt;');
  });
});

describe('withHighlight', () => {
  it('adds highlight params before the fragment and keeps an existing query', () => {
    expect(withHighlight('/a/?x=1', ['ب'], 'p-3')).toBe(`/a/?x=1&pagefind-highlight=${encodeURIComponent('ب')}#p-3`);
    expect(withHighlight('/a/', [])).toBe('/a/');
  });
});

describe('searchUi.paragraph', () => {
  it('labels a paragraph sub-result with its number in Arabic-Indic digits, as an identifier (no grouping)', () => {
    expect(searchUi.paragraph(1)).toBe('الفقرة ١');
    expect(searchUi.paragraph(13)).toBe('الفقرة ١٣');
    expect(searchUi.paragraph(1007)).toBe('الفقرة ١٠٠٧');
  });
});

describe('quoted phrases', () => {
  const phrase = (...words: string[]) =>
    shapeResult(data, {
      terms: words.map((w) => wordForms(w)),
      phrases: [words.map((_, i) => i)],
      paragraphTitle: String,
    });

  it('finds where a phrase starts: each next word right after the one before', () => {
    expect(
      phraseStarts([
        [1, 5, 9],
        [2, 7, 10],
        [3, 11],
      ]),
    ).toEqual([1, 9]);
    expect(phraseStarts([[1], [3]])).toEqual([]);
  });

  it('keeps a page only when the quoted words follow each other, in order, and marks only them', () => {
    expect(phrase('أردوغان', 'كازاخستان')?.sub_results.map((r) => r.url)).toEqual([
      '/bilateral-ties/?pagefind-highlight=%D8%A3%D8%B1%D8%AF%D9%88%D8%BA%D8%A7%D9%86&pagefind-highlight=%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86#p-1',
    ]);
    // Both words are on the page, but not in this order, nor next to each other.
    expect(phrase('كازاخستان', 'أردوغان')).toBeUndefined();
    expect(phrase('أردوغان', 'توكاييف')).toBeUndefined();
    // Unquoted, the same words find the page.
    expect(shape('أردوغان', 'توكاييف')).toBeDefined();
  });
});
