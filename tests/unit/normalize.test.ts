import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  foldText,
  foldWords,
  formsMatch,
  articleStem,
  stemKey,
  stripPrefixes,
  wordFold,
  wordForms,
  wordKey,
} from '../../src/lib/text/normalize.ts';
import { findTerm } from '../../src/lib/search/results.ts';
import { ROOT } from '../../src/tools/root.ts';

describe('foldText', () => {
  it.each([
    ['أإآ', 'ااا'],
    ['ؤ', 'و'],
    ['ئ', 'ي'],
    ['ٱلسلام', 'السلام'],
    ['جزء', 'جز'],
  ])('folds hamza forms: %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('removes harakat, shadda, sukun and tanwin', () => {
    expect(foldText('الْقِمَّةُ')).toBe('القمه');
    expect(foldText('رسميًا')).toBe('رسميا');
  });

  it('removes tatweel and zero-width characters', () => {
    expect(foldText('كـازاخـستان')).toBe('كازاخستان');
    expect(foldText('أردو\u200cغان\u200f')).toBe('اردوغان');
  });

  it('folds ta marbuta to ha and alef maqsura to ya', () => {
    expect(foldText('القمة')).toBe('القمه');
    expect(foldText('الذكرى')).toBe('الذكري');
  });

  it('maps Persian and Urdu keyboard letters', () => {
    expect(foldText('کازاخستان')).toBe('كازاخستان');
    expect(foldText('ایران')).toBe('ايران');
    expect(foldText('الهدنۀ')).toBe('الهدنه');
    expect(foldText('الهدنە')).toBe('الهدنه');
  });

  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(foldText('١٩٩٢')).toBe('1992');
    expect(foldText('۱۹۹۲')).toBe('1992');
  });

  it('lowercases and drops Latin diacritics', () => {
    expect(foldText('Erdoğan')).toBe('erdogan');
    expect(foldText('Türkiye')).toBe('turkiye');
  });

  it('folds Arabic presentation forms', () => {
    expect(foldText('\uFEE3\uFEEE\uFEB3\uFEDC\uFEEE')).toBe('موسكو');
  });
});

describe('stripPrefixes', () => {
  it.each([
    ['والرييس', 'رييس'],
    ['بالقمه', 'قمه'],
    ['فالحرب', 'حرب'],
    ['للقمه', 'قمه'],
    ['كالرييس', 'رييس'],
    ['وكازاخستان', 'ازاخستان'],
  ])('peels attached prefixes: %s', (input, expected) => {
    expect(stripPrefixes(input)).toBe(expected);
  });

  it('keeps a stem of at least three letters', () => {
    expect(stripPrefixes('بين')).toBe('بين');
    expect(stripPrefixes('التي')).toBe('التي');
    expect(stripPrefixes('لكن')).toBe('لكن');
  });

  it('gives a word and the word with prefixes the same key', () => {
    for (const word of ['كازاخستان', 'بوتين', 'اوكرانيا', 'ديمقراطيه']) {
      for (const prefix of ['و', 'ف', 'ب', 'ل', 'ك', 'وال', 'بال', 'فال', 'لل', 'كال', 'ول']) {
        expect(stripPrefixes(prefix + word)).toBe(stripPrefixes(word));
      }
    }
  });
});

describe('wordKey', () => {
  it('folds, drops edge punctuation and peels prefixes', () => {
    expect(wordKey('والرئيس')).toBe('رييس');
    expect(wordKey('(CICA)')).toBe('cica');
    expect(wordKey('رسميًا.')).toBe('رسميا');
  });

  it('is empty for punctuation alone', () => {
    expect(wordKey('،')).toBe('');
    expect(wordKey('–')).toBe('');
  });

  it('leaves Latin words unpeeled', () => {
    expect(wordKey('lavrov')).toBe('lavrov');
  });
});

describe('wordFold', () => {
  it('keeps prefixes so a word being typed still matches', () => {
    expect(wordFold('وزا')).toBe('وزا');
    expect(wordFold('«والرئيس»')).toBe('والرييس');
  });
});

describe('wordForms', () => {
  it('reads prefixes by clitic grammar: conjunction, preposition, article', () => {
    expect(wordForms('والرئيس')).toEqual(['والرييس', 'الرييس', 'رييس']);
    expect(wordForms('للقمة')).toContain('قمه');
  });

  it('never peels root letters after the article (البلدين is not دين)', () => {
    expect(wordForms('البلدين')).toEqual(['البلدين', 'بلدين']);
  });
});

describe('formsMatch', () => {
  const match = (q: string, t: string) => formsMatch(wordForms(q), wordForms(t));

  it('matches across attached prefixes on either side', () => {
    expect(match('لكازاخستان', 'كازاخستان')).toBe(true);
    expect(match('كازاخستان', 'لكازاخستان')).toBe(true);
    expect(match('الذكرى', 'بالذكرى')).toBe(true);
    expect(match('وأوكرانيا', 'أوكرانيا')).toBe(true);
  });

  it('matches a prefix as typed', () => {
    expect(match('كازاخ', 'كازاخستان')).toBe(true);
    expect(match('وزا', 'وزارة')).toBe(true);
  });

  it('does not match words that are not there', () => {
    expect(match('دين', 'البلدين')).toBe(false);
    expect(match('تين', 'بوتين')).toBe(false);
    expect(match('سلامة', 'السلام')).toBe(false);
  });
});

describe('idempotence', () => {
  const samples = [
    'أَرْدُوغَان',
    'والرئيس',
    'كـازاخـستان',
    '۱۹۹۲',
    'Erdoğan',
    'الهدنۀ',
    'للديمقراطية.',
    'ٱلسلام',
    '<img src=x onerror=alert(1)>',
    '😀',
  ];

  it.each(samples)('foldText(foldText(x)) = foldText(x): %s', (s) => {
    expect(foldText(foldText(s))).toBe(foldText(s));
  });

  it.each(samples)('wordKey(wordKey(x)) = wordKey(x): %s', (s) => {
    expect(wordKey(wordKey(s))).toBe(wordKey(s));
  });

  it.each(samples)('wordFold(wordFold(x)) = wordFold(x): %s', (s) => {
    expect(wordFold(wordFold(s))).toBe(wordFold(s));
  });
});

describe('foldWords and findTerm (the fast path of result shaping)', () => {
  const words = readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8')
    .split(/\s+/)
    .filter((w) => w.length > 0);

  it('folds every word of the article exactly as wordFold does, from one pass over the text', () => {
    expect(foldWords(words)).toEqual(words.map(wordFold));
  });

  it('falls back to word by word when folding spells a ligature out as several words', () => {
    const text = ['صلى', '\uFDFA', 'بوتين.'];
    expect(foldWords(text)).toEqual(text.map(wordFold));
    expect(foldWords(text)).toHaveLength(3);
  });

  it('finds the same words as matching every word’s readings, for words typed many ways', () => {
    const folded = foldWords(words);
    for (const typed of ['أردوغان', 'وبوتين', 'كازا', 'الرئيس', 'قمة', 'سوري', '2017', 'Putin', 'للسلام', 'ال']) {
      const term = wordForms(typed);
      const slow = words.flatMap((w, i) => (formsMatch(term, wordForms(w)) ? [i] : []));
      expect(findTerm(term, folded), typed).toEqual(slow);
    }
  });
});

describe('stemKey (light stemming, on both sides)', () => {
  it('takes off the accusative alif of a nisba adjective, not the alif of a broken plural', () => {
    expect(stemKey('ثلاثيا')).toBe(stemKey('ثلاثيه'));
    expect(stemKey('رسميا')).toBe(stemKey('رسمي'));
    expect(stemKey('قضايا')).toBe('قضايا');
  });

  const stem = (word: string) => articleStem(wordFold(word));
  it.each([
    ['sound feminine plural ات', 'العلاقات', 'العلاقة'],
    ['ة alone', 'علاقات', 'علاقه'],
    ['pronoun ه after ة (ته)', 'زيارته', 'الزيارة'],
    ['sound masculine plural ون / ين', 'السوريون', 'للسوريين'],
    ['nisba ي', 'السوري', 'السوريون'],
    ['nisba ية', 'الكازاخستانية', 'الكازاخستانيون'],
    ['dual ان / ين', 'البلدان', 'البلدين'],
    ['dual of a ة noun (ت restored)', 'قمتين', 'القمة'],
    ['pronoun ها, ت restored to ة', 'سفارتها', 'سفارة'],
    ['pronoun هم after a plural', 'اجتماعاتهم', 'الاجتماعات'],
    ['pronouns هما كم نا ك هن', 'زيارتهما', 'زيارتكم'],
  ])('%s: %s and %s meet', (_, a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('keeps a minimum stem of three letters: short words are left whole', () => {
    for (const word of ['بين', 'دين', 'تين', 'قمه', 'دول', 'كما', 'هم']) expect(stemKey(word)).toBe(word);
    expect(stemKey('قمتين')).toBe('قمه');
  });

  it('keeps ة as the mark of its family: a ة noun never meets a neighbour without it', () => {
    const stem = (word: string) => articleStem(wordFold(word));
    expect(stem('سلامة')).not.toBe(stem('السلام'));
    expect(stem('زيارته')).toBe(stem('زيارة'));
  });

  it('leaves Latin words alone', () => {
    expect(stemKey('kazakhstan')).toBe('kazakhstan');
  });
});
