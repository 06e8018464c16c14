import { describe, expect, it } from 'vitest';
import {
  looseKey,
  MAX_TERMS,
  relatedStems,
  termQueries,
  termStems,
  typedVariants,
  parseQuery,
  phraseGroups,
  resolveAlias,
  splitWords,
} from '../../src/lib/search/query.ts';
import { ALIASES } from '../../src/lib/search/aliases.ts';
import { article } from '../../src/lib/article/source.ts';
import { foldText } from '../../src/lib/text/normalize.ts';

describe('resolveAlias', () => {
  it.each([
    ['Erdogan', 'أردوغان'],
    ['Erdoğan', 'أردوغان'],
    ['TOKAYEV', 'توكاييف'],
    ['Türkiye', 'تركيا'],
    ['تموز', 'يوليو'],
    ['آذار', 'مارس'],
    ['بوتن', 'بوتين'],
    ['لبوتن', 'بوتين'],
    // A sea named by its first word alone, as readers name it: the Mediterranean.
    ['Mediterranean', 'المتوسط'],
  ])('%s -> %s', (alias, canonical) => {
    expect(resolveAlias(alias)).toBe(canonical);
  });

  it('leaves other words alone, even when a prefix-peeled key would collide', () => {
    expect(resolveAlias('تين')).toBe('تين');
    expect(resolveAlias('الصين')).toBe('الصين');
  });

  it('maps every alias to a word the article really has', () => {
    const text = foldText(article.paragraphs.join(' ') + ' ' + article.headings.join(' '));
    for (const canonical of Object.keys(ALIASES)) expect(text.includes(foldText(canonical)), canonical).toBe(true);
  });
});

describe('splitWords', () => {
  it('splits on spaces and punctuation, keeping hyphenated names', () => {
    expect(splitWords('«أردوغان»، بوتين؟ kassym-jomart')).toEqual(['أردوغان', 'بوتين', 'kassym-jomart']);
  });

  it('cuts very long input', () => {
    expect(splitWords('ب'.repeat(5000)).join('').length).toBeLessThanOrEqual(400);
  });
});

describe('parseQuery', () => {
  it('gives each word its folded form, key and stem', () => {
    expect(parseQuery('والرئيس الإيراني')).toEqual([
      { fold: 'والرييس', key: 'رييس', stem: 'رييس', typed: 'والرئيس' },
      { fold: 'الايراني', key: 'ايراني', stem: 'ايراني', typed: 'الإيراني' },
    ]);
    // A name is never stemmed: رئيسي (Raisi) must not meet الرئيس (the president).
    expect(parseQuery('رئيسي')).toEqual([{ fold: 'رييسي', key: 'رييسي', stem: 'رييسي', typed: 'رئيسي' }]);
  });

  it('reads a two-word Levantine month as one month', () => {
    expect(parseQuery('تشرين الأول')).toEqual([
      { fold: 'اكتوبر', key: 'اكتوبر', stem: 'اكتوبر', typed: 'تشرين الأول' },
    ]);
  });

  it('is empty for empty, blank, emoji-only and punctuation-only queries', () => {
    for (const q of ['', '   ', '\n\t', '😀🎉', '"><', '،،']) expect(parseQuery(q)).toEqual([]);
  });

  it('turns markup into plain words', () => {
    expect(parseQuery('<img src=x onerror=alert(1)>').map((t) => t.key)).toEqual([
      'img',
      'src',
      'x',
      'onerror',
      'alert',
      '1',
    ]);
  });

  it('keeps at most MAX_TERMS terms', () => {
    expect(parseQuery(Array.from({ length: 50 }, (_, i) => `كلمة${i}`).join(' '))).toHaveLength(MAX_TERMS);
  });
});

describe('quoted phrases', () => {
  it('marks the words of each quoted phrase, matched as written (the stem is the key)', () => {
    const terms = parseQuery('"عملية أستانا" بوتين «البحر الأسود»');
    expect(terms.map((t) => [t.key, t.stem, t.phrase])).toEqual([
      ['عمليه', 'عمليه', 0],
      ['استانا', 'استانا', 0],
      ['تين', 'تين', undefined],
      ['بحر', 'بحر', 1],
      ['اسود', 'اسود', 1],
    ]);
    expect(phraseGroups(terms)).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });

  it('quotes nothing with a quote left open, and keeps a repeated word inside a phrase', () => {
    expect(parseQuery('"عملية أستانا').every((t) => t.phrase === undefined)).toBe(true);
    expect(parseQuery('"قمة قمة"').map((t) => t.phrase)).toEqual([0, 0]);
    expect(phraseGroups(parseQuery('"بوتين"'))).toEqual([]);
  });
});

describe('looseKey', () => {
  it('peels clitic letters down to two letters, for short prefixes being typed', () => {
    expect(looseKey('وزا')).toBe('زا');
    expect(looseKey('الرييس')).toBe('رييس');
    expect(looseKey('بو')).toBe('بو');
  });
});

describe('termQueries', () => {
  const queries = (q: string) => parseQuery(q).flatMap((t) => termQueries(t));
  it('sends the key, the folded word and the loose word, without repeats', () => {
    expect(queries('Putin')).toEqual(['تين', 'بوتين']);
    expect(queries('وزا')).toEqual(['وزا', 'زا']);
    expect(queries('1992')).toEqual(['1992']);
  });

  it('sends the folded and loose forms only for the word still being typed', () => {
    const [term] = parseQuery('والرئيس');
    expect(term && termQueries(term, false)).not.toContain('والرييس');
    expect(term && termQueries(term, true)).toContain('والرييس');
    expect(term && termQueries(term, false)).toContain('رييس');
  });

  it("adds the stems of the word's other forms in the lexicon, not for a quoted word", () => {
    expect(queries('قضية')).toContain('قضايا');
    expect(queries('افتتاح')).toContain('افتتحت');
    expect(queries('"قضية"')).not.toContain('قضايا');
  });
});

describe('stop words in a query', () => {
  it('marks question words and particles, also behind و or ف, and never a quoted one', () => {
    const marked = (q: string) => parseQuery(q).map((t) => [t.typed, t.stop ?? false]);
    expect(marked('من هو وزير الخارجية')).toEqual([
      ['من', true],
      ['هو', true],
      ['وزير', false],
      ['الخارجية', false],
    ]);
    expect(marked('ومتى فهل كم')).toEqual([
      ['ومتى', true],
      ['فهل', true],
      ['كم', true],
    ]);
    // Words that frame a question are dropped from a question only.
    expect(marked('ماذا حدث في طهران')).toEqual([
      ['ماذا', true],
      ['حدث', true],
      ['في', true],
      ['طهران', false],
    ]);
    expect(marked('سبب')).toEqual([['سبب', false]]);
    // «آخر مرة» asks which time: مرة frames it, so «لأول مرة» does not answer it.
    expect(marked('متى زار أردوغان كازاخستان آخر مرة').filter(([, stop]) => !stop)).toEqual([
      ['زار', false],
      ['أردوغان', false],
      ['كازاخستان', false],
      ['آخر', false],
    ]);
    expect(marked('مرة')).toEqual([['مرة', false]]);
    expect(marked('ما هدف عملية أستانا').filter(([, stop]) => !stop)).toEqual([
      ['عملية', false],
      ['أستانا', false],
    ]);
    expect(marked('"من هو"')).toEqual([
      ['من', false],
      ['هو', false],
    ]);
  });
});

describe('two-word names', () => {
  it('reads «مسار أستانا», as Arabic news calls the Astana process, as the article’s «عملية أستانا»', () => {
    expect(parseQuery('مسار استانا').map((t) => t.fold)).toEqual(['عمليه', 'استانا']);
  });

  it('reads an English two-word name as the article writes it', () => {
    expect(parseQuery('Black Sea').map((t) => t.key)).toEqual(['بحر', 'اسود']);
  });
});

describe('typedVariants', () => {
  it("adds the word without the future س, the accusative alif, a verb's وا or ت", () => {
    expect(typedVariants('سيزور')).toEqual(['سيزور', 'يزور']);
    expect(typedVariants('يوما')).toEqual(['يوما', 'يوم']);
    expect(typedVariants('اشادوا')).toContain('اشاد');
    expect(typedVariants('تغيرت')).toEqual(['تغيرت', 'تغير']);
  });

  it('leaves short words, feminine plurals and words ending in a hamza alone', () => {
    expect(typedVariants('سير')).toEqual(['سير']);
    expect(typedVariants('علاقات')).toEqual(['علاقات']);
    expect(typedVariants('روسا', true)).toEqual(['روسا']);
    // رؤساء (presidents) must not meet الروسي (Russian).
    expect(termStems('روسا', 'رؤساء')).not.toContain('روس');
  });
});

describe('relatedStems', () => {
  it("gives the lexicon's other forms, both ways, and none for a word outside it or a name", () => {
    expect(relatedStems('قضيه')).toContain('قضايا');
    expect(relatedStems('قضايا')).toContain('قضيه');
    expect(relatedStems('بوتين')).toEqual([]);
    expect(relatedStems('برشلونه')).toEqual([]);
  });
});
