// The correction of typing slips: distance, thresholds, the vocabulary's words, never a match or a tie.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  editDistance,
  nearestWord,
  vocabularyOf,
  vocabularyWords,
} from '../../src/lib/search/correct.ts';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { wordKey } from '../../src/lib/text/normalize.ts';
import { ALIASES, NAMES } from '../../src/lib/search/aliases.ts';
import { lexiconForms } from '../../src/lib/search/word-forms.ts';
import { ROOT } from '../../src/tools/root.ts';
import { correctingSearch } from '../../src/scripts/search/correcting.ts';
import type { SiteSearch } from '../../src/scripts/search/wrap.ts';
import type { ShapedResult } from '../../src/lib/search/results.ts';
import { resolveAlias, splitWords } from '../../src/lib/search/query.ts';
import { isStopWord } from '../../src/lib/search/stop-words.ts';

const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));
// The article's words, and every spelling of the alias table standing for the article's word.
const vocabulary = vocabularyOf(vocabularyWords(article.paragraphs), ALIASES);

describe('vocabularyOf with the lexicon and names', () => {
  // As the site loads it (scripts/search/engine.ts).
  const site = vocabularyOf(vocabularyWords(article.paragraphs), ALIASES, {
    known: lexiconForms(),
    isName: (w) => NAMES.has(w),
    isStop: (w) => isStopWord(w),
  });

  it('never corrects another form of an article word: the lexicon knows it (احتفال is not احتمال)', () => {
    expect(nearestWord('احتفال', vocabulary)).toBe('احتمال');
    for (const word of ['احتفال', 'قضية', 'افتتاح', 'انضمام']) expect(nearestWord(word, site), word).toBeUndefined();
  });

  it('never corrects to a lexicon form, so a slip near two forms of one word is still corrected', () => {
    expect(nearestWord('محادثت', site)).toBe('محادثات');
  });

  it('never corrects to a stop word, which is known all the same (ألمتي is ألماتي, not التي)', () => {
    expect(nearestWord('ألمتي', vocabularyOf(vocabularyWords(article.paragraphs), ALIASES))).toBeUndefined();
    expect(nearestWord('ألمتي', site)).toBe('ألماتي');
    expect(nearestWord('المتي', site)).toBe('ألماتي');
    expect(nearestWord('التي', site)).toBeUndefined();
  });

  it('keeps a name whose hamza-alef and lam are no article whole: its slip is compared at its length', () => {
    // Without «ال» ألمتي would be متي, three letters: too short to correct.
    expect(nearestWord('ألمتي', vocabularyOf(['ألماتي'], ALIASES))).toBe('ألماتي');
    expect(nearestWord('الاسذ', vocabularyOf(['الأسد'], ALIASES))).toBeUndefined();
  });

  it('trusts the longer reading of a word: المتاي whole is ألماتي, not مايو’s ماي as ال + متاي', () => {
    expect(nearestWord('المتاي', site)).toBe('ألماتي');
    expect(nearestWord('سفارة', site)).toBeUndefined();
  });

  it('corrects a letter typed twice even in a short word, and nothing else of a short word to a common word', () => {
    expect(nearestWord('الحبووب', site)).toBe('الحبوب');
    expect(nearestWord('اتفااق', site)).toBe('اتفاق');
    expect(nearestWord('الحبيب', site)).toBeUndefined();
    expect(nearestWord('تفاغل', site)).toBeUndefined();
  });

  it('takes months and adjectives of the alias table as words, not names: a short real word is left alone', () => {
    expect(nearestWord('مدارس', site)).toBeUndefined();
    expect(nearestWord('اردوغن', site)).toBe('أردوغان');
  });
});

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
    ['وزيلسنكي', 'زيلينسكي'],
    ['الأوكرنية', 'أوكرانية'],
    // Read under clitic grammar: the ب of بوتبن is the name's, the بال of بالكرملن a preposition and article.
    ['بوتبن', 'بوتين'],
    ['بالكرملن', 'الكرملين'],
    ['محادثت', 'محادثات'],
  ])('corrects %s to the word the article writes, %s', (typed, meant) => {
    expect(nearestWord(typed, vocabulary)).toBe(meant);
  });

  it("corrects a Latin slip to the name's Latin name (its first Latin spelling), in the case typed", () => {
    expect(nearestWord('Kazahkstan', vocabulary)).toBe('Kazakhstan');
    // Nearest to the alias erdoan, but shown as the name is written.
    expect(nearestWord('Erdgan', vocabulary)).toBe('Erdogan');
    expect(nearestWord('lavorv', vocabulary)).toBe('lavrov');
  });

  it('never corrects a short word to another common word, nor across a final ة, nor its first letter', () => {
    // Real words one edit from words of the article: another word, not a slip.
    const nearMisses = ['سلامة', 'القيمة', 'الحكومة', 'الدوحة', 'الرقمي', 'الأربعاء', 'الجمعة', 'الشركة', 'السلاح'];
    for (const word of [...nearMisses, 'الاعلام', 'كوريا', 'الرئيسس'])
      expect(nearestWord(word, vocabulary), word).toBeUndefined();
  });

  it('never corrects a word the site has, a short word, or a word far from every word', () => {
    for (const word of ['كازاخستان', 'بوتين', 'دين', 'ماكرون', 'برشلونة', 'الانتخابات', 'Biden']) {
      expect(nearestWord(word, vocabulary), word).toBeUndefined();
    }
  });
});

describe('vocabularyWords', () => {
  it('keeps one written word per key, the shortest, in one order whatever the order of the texts', () => {
    const words = vocabularyWords(['لكازاخستان وكازاخستان، كازاخستان.', 'في']);
    expect(words).toEqual(['كازاخستان']);
    expect(vocabularyWords(['ب أ', 'أ ب'].map((t) => `${t} طهران موسكو`))).toEqual(vocabularyWords(['موسكو طهران']));
  });

  it('holds every word of the article of three letters or more, by key', () => {
    const keys = new Set(vocabularyWords(article.paragraphs).map(wordKey));
    for (const word of article.paragraphs.join(' ').split(/\s+/)) {
      const key = wordKey(word);
      if (Array.from(key).length >= 3) expect(keys.has(key), word).toBe(true);
    }
  });
});

describe('correctingSearch', () => {
  // A stand-in for the site's search: a page for each query word the article has, by key.
  const articleKeys = new Set(article.paragraphs.join(' ').split(/\s+/).map(wordKey));
  const asked: string[] = [];
  const search: SiteSearch = (term) => {
    asked.push(term);
    const words = splitWords(term);
    const absent = words.filter((w) => !articleKeys.has(wordKey(resolveAlias(w))));
    const found = words.length > 0 && absent.length === 0;
    return Promise.resolve({
      results: found ? [{ url: `/${term}/` } as ShapedResult] : [],
      complete: found,
      missing: [],
      absent,
      onlyStopWords: false,
    });
  };
  let loads = 0;
  const answer = correctingSearch(search, () => {
    loads++;
    return Promise.resolve(vocabulary);
  });

  it('never corrects a query with matches, nor loads the vocabulary for it', async () => {
    loads = 0;
    const { results, corrected, suggestion } = await answer('كازاخستان');
    expect([results.length, corrected, suggestion, loads]).toEqual([1, undefined, undefined, 0]);
  });

  it('runs the corrected query instead, and says which words were not found', async () => {
    const { results, corrected } = await answer('زيارة اردوغن');
    expect(results.map((r) => r.url)).toEqual(['/زيارة أردوغان/']);
    expect(corrected).toEqual({ missed: 'اردوغن', query: 'زيارة أردوغان' });
  });

  it('corrects Latin slips through the alias table', async () => {
    expect((await answer('Kazahkstan')).corrected).toEqual({ missed: 'Kazahkstan', query: 'Kazakhstan' });
  });

  it('offers the correction, without running it, for a query asked for as typed', async () => {
    const { results, corrected, suggestion } = await answer('اردوغن', true);
    expect([results.length, corrected, suggestion]).toEqual([0, undefined, 'أردوغان']);
  });

  it('leaves alone quoted queries, words the site has not, and a query whose correction finds nothing', async () => {
    for (const q of ['"اردوغن"', '«اردوغن»', 'ماكرون', 'برشلونة', 'Biden', 'اردوغن ماكرون']) {
      const { results, corrected, suggestion } = await answer(q);
      expect([q, results.length, corrected, suggestion]).toEqual([q, 0, undefined, undefined]);
    }
  });

  it('gives the plain answer when the vocabulary cannot be had', async () => {
    const offline = correctingSearch(search, () => Promise.resolve(undefined));
    expect((await offline('اردوغن')).results).toEqual([]);
  });
});
