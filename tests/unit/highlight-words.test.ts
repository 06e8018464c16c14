// A searched word is marked once and whole, on landing and in result excerpts: never a mark inside a mark,
// never a mark around part of a joined Arabic word (issue 23).
import { describe, expect, it } from 'vitest';
import { wordsToMark } from '../../src/lib/search/highlight-words.ts';
import { buildExcerpt } from '../../src/lib/search/results.ts';
import { trimEdges } from '../../src/lib/text/normalize.ts';

const marked = (text: string, terms: string[]): string[] => wordsToMark(text, terms).map(([a, b]) => text.slice(a, b));

describe('wordsToMark (the landing highlight)', () => {
  it('marks a word listed in two forms once, whole, and the shorter form only where it stands alone', () => {
    const text = 'زيارة أردوغان لكازاخستان، وعلاقات كازاخستان مع تركيا';
    expect(marked(text, ['لكازاخستان', 'كازاخستان'])).toEqual(['لكازاخستان', 'كازاخستان']);
    expect(marked(text, ['كازاخستان', 'لكازاخستان'])).toEqual(['لكازاخستان', 'كازاخستان']);
    const ranges = wordsToMark(text, ['لكازاخستان', 'كازاخستان']);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]);
  });

  it('never marks part of a word: a shorter form inside a longer word is left alone', () => {
    expect(marked('لكازاخستان وكازاخستانية', ['كازاخستان'])).toEqual([]);
    expect(marked('في الفيلم', ['في'])).toEqual(['في']);
  });

  it('leaves edge punctuation and brackets outside the mark', () => {
    const text = 'قمة (CICA) في أستانا.';
    expect(marked(text, ['CICA', 'أستانا'])).toEqual(['CICA', 'أستانا']);
    expect(wordsToMark(text, ['أستانا'])).toEqual([[text.indexOf('أستانا'), text.indexOf('.')]]);
  });

  it('trims a word as the search does (trimEdges), so every listed word is found', () => {
    for (const word of ['‎(CICA)‎', '«أستانا»،', 'بوتين.', '"كازاخستان"']) {
      expect(marked(`قبل ${word} بعد`, [trimEdges(word)])).toEqual([trimEdges(word)]);
    }
  });

  it('marks nothing without terms, and matches composed and decomposed spellings alike', () => {
    expect(wordsToMark('أردوغان', [])).toEqual([]);
    expect(marked('أردوغان', ['ا\u0654ردوغان'])).toEqual(['أردوغان']);
  });
});

describe('buildExcerpt (result excerpts)', () => {
  it('puts each found word whole in one mark of its own', () => {
    const words = 'زيارة أردوغان لكازاخستان، وعلاقات كازاخستان مع تركيا'.split(' ');
    const html = buildExcerpt(words, new Set([2, 4]), 0, words.length, 24);
    expect(html).toContain('<mark>لكازاخستان،</mark>');
    expect(html).toContain('<mark>كازاخستان</mark>');
    expect(html).not.toMatch(/<mark>[^<]*<mark>/);
    expect(html.match(/<mark>/g)).toHaveLength(2);
  });
});
