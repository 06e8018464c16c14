// The vocabulary in parts: every word in the part of its first letter, and a correction from the parts a word
// needs is the correction from the whole vocabulary, for slips of the article's own words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearestWord, vocabularyOf, vocabularyWords } from '../../src/lib/search/correct.ts';
import { lettersFor, partFile, partLetters, vocabularyParts } from '../../src/lib/search/vocabulary-parts.ts';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { ALIASES, NAMES } from '../../src/lib/search/aliases.ts';
import { lexiconForms } from '../../src/lib/search/word-forms.ts';
import { ROOT } from '../../src/tools/root.ts';

const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));
const words = vocabularyWords(article.paragraphs);
const parts = vocabularyParts(words);
const options = { known: lexiconForms(), isName: (w: string) => NAMES.has(w) };

/** Slips of the article's words: a letter dropped, doubled, swapped with its neighbour; and with clitics. */
function slips(): string[] {
  const out = new Set(['اردوغن', 'زلنسكي', 'طهرن', 'الكرملن', 'وكازخستان', 'Kazahkstan', 'محادثت', 'ماكرون']);
  for (const word of words.filter((w, i) => i % 7 === 0 && Array.from(w).length >= 5)) {
    const c = Array.from(word);
    out.add([...c.slice(0, 2), ...c.slice(3)].join(''));
    out.add([...c.slice(0, 3), c[2] ?? '', ...c.slice(3)].join(''));
    out.add([c[0] ?? '', c[2] ?? '', c[1] ?? '', ...c.slice(3)].join(''));
    out.add(`و${c.join('')}`);
  }
  return [...out];
}

describe('vocabularyParts', () => {
  it('puts the words (but those of no part) each in one part, in the vocabulary order', () => {
    const all = [...parts.values()].flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(words.length * 0.95);
    expect(all.toSorted()).toEqual(words.filter((w) => all.includes(w)).toSorted());
    expect([...parts.keys()]).toEqual(partLetters());
  });

  it('names each part by its letter code, so no URL carries Arabic letters', () => {
    expect(partFile('ا')).toBe('vocabulary/0627.json');
    expect(partFile('k')).toBe('vocabulary/006b.json');
  });

  it('gives a slip the parts of its readings: برشلونة is also رشلونة', () => {
    expect(lettersFor('برشلونة')).toEqual(['ب', 'ر']);
    expect(lettersFor('Kazahkstan')).toEqual(['k']);
    expect(lettersFor('<script>')).toEqual(['s']);
    expect(lettersFor('ßeta')).toEqual([]);
  });

  it('corrects a slip from the parts it needs as from the whole vocabulary', () => {
    const whole = vocabularyOf(words, ALIASES, options);
    const tried = slips();
    expect(tried.length).toBeGreaterThan(50);
    let corrected = 0;
    for (const slip of tried) {
      const some = lettersFor(slip).flatMap((letter) => parts.get(letter) ?? []);
      const expected = nearestWord(slip, whole);
      if (expected) corrected++;
      expect(nearestWord(slip, vocabularyOf(some, ALIASES, options)), slip).toBe(expected);
    }
    expect(corrected).toBeGreaterThan(20);
  });
});
