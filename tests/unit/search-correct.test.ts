// The correction of typing slips (not yet wired into the search UI): distance, thresholds, never a match.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, nearestWord, vocabularyOf } from '../../src/lib/search/correct.ts';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { wordKey } from '../../src/lib/search/normalize.ts';
import { ALIASES } from '../../src/lib/search/aliases.ts';
import { ROOT } from '../../src/tools/root.ts';

const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));
// The article's words, and every spelling of the alias table standing for the article's word.
const vocabulary = vocabularyOf(article.paragraphs, ALIASES);

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions, and a swap of neighbours as one', () => {
    expect(editDistance('abcd', 'abcd', 2)).toBe(0);
    expect(editDistance('abcd', 'abd', 2)).toBe(1);
    expect(editDistance('abcd', 'abxcd', 2)).toBe(1);
    expect(editDistance('abcd', 'abxd', 2)).toBe(1);
    expect(editDistance('abcd', 'abdc', 2)).toBe(1);
    expect(editDistance('kazahkstan', 'kazakhstan', 2)).toBe(1);
  });

  it('stops as soon as the distance is over the bound', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 1)).toBe(2);
    expect(editDistance('a', 'abcd', 2)).toBe(3);
  });
});

describe('allowedEdits', () => {
  it('allows none below four letters, one from four, two from eight', () => {
    expect([3, 4, 7, 8, 12].map((n) => allowedEdits('ب'.repeat(n)))).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('nearestWord over the article', () => {
  it.each([
    ['كازاخستن', 'كازاخستان'],
    ['الكرملن', 'الكرملين'],
    ['اردوغن', 'أردوغان'],
    ['زلنسكي', 'زيلينسكي'],
    ['طهرن', 'طهران'],
    ['Kazahkstan', 'كازاخستان'],
  ])('corrects %s to a spelling of %s', (typed, meant) => {
    expect(nearestWord(typed, vocabulary)).toBe(wordKey(meant));
  });

  it('never corrects a word the site has, a short word, or a word far from every word', () => {
    for (const word of ['كازاخستان', 'بوتين', 'دين', 'ماكرون', 'برشلونة', 'الانتخابات', 'Biden']) {
      expect(nearestWord(word, vocabulary), word).toBeUndefined();
    }
  });
});
