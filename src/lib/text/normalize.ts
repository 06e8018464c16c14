// Arabic normalisation: how two spellings of a word are found to be one. Search uses it on the text at index time
// and on the query in the browser, so both sides fold to the same key (lib/search/README.md); the index of names
// finds the article's mentions with it (lib/entities/mentions.ts). Text logic, so neither owns it.

/** Harakat, shadda, sukun, superscript alef, Quranic marks and any combining mark left by NFD. */
const MARKS = /\p{Mn}/gu;
/** Tatweel, zero-width joiners and direction marks: invisible, never part of a word. */
const INVISIBLE = /[\u0640\u200B-\u200F\u061C\u2060-\u2064\uFEFF]/g;
/** Letters typed on Persian/Urdu keyboards or in variant forms, mapped to the letter the article uses. */
const LETTERS: Record<string, string> = {
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ة: 'ه',
  ە: 'ه',
  ۀ: 'ه',
  ۃ: 'ه',
  ھ: 'ه',
  ک: 'ك',
  ء: '',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
/** Arabic-Indic (U+0660) and Persian (U+06F0) digits. */
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** Punctuation at the edges of a word; Pagefind drops it too. */
const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Attached clitics peeled one letter at a time: conjunctions و ف, prepositions ب ك ل, and the article ال. */
const ARTICLE = 'ال';
const CLITICS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);
/** A stem shorter than this is left whole: peeling بين or كما would leave no word. */
const MIN_STEM = 3;

/** Fold the spelling of a word or a text: hamza forms, harakat, tatweel, keyboard letters, digits, case. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .replace(DIGITS, (d) => String((d.codePointAt(0) ?? 0) & 0xf))
    .normalize('NFC')
    .toLowerCase();
}

/** Peel the attached prefixes off a folded word, as long as a real stem is left (same result for وال+X and X). */
export function stripPrefixes(word: string): string {
  let w = word;
  for (;;) {
    if (w.startsWith(ARTICLE) && w.length - 2 >= MIN_STEM) w = w.slice(2);
    else if (CLITICS.has(w[0] ?? '') && w.length - 1 >= MIN_STEM) w = w.slice(1);
    else return w;
  }
}

/** The search key of one word as written: folded, edge punctuation dropped, prefixes peeled. Empty for punctuation. */
export function wordKey(word: string): string {
  return foldedKey(foldText(word).replace(EDGE_PUNCT, ''));
}

/** The search key of a word already folded and trimmed (wordFold, foldWords): its prefixes peeled. */
export function foldedKey(folded: string): string {
  return /^\p{Script=Arabic}/u.test(folded) ? stripPrefixes(folded) : folded;
}

/** A word folded but not peeled, so that a prefix typed so far (وزا) still matches the word as written (وزارة). */
export function wordFold(word: string): string {
  return trimEdges(foldText(word));
}

/** A word without the punctuation stuck to its edges (بوتين. -> بوتين). */
export function trimEdges(word: string): string {
  // Most words start and end with a letter: two one-character tests instead of a scan of the word.
  return LETTER_OR_DIGIT.test(word.charAt(0)) && LETTER_OR_DIGIT.test(word.charAt(word.length - 1))
    ? word
    : word.replace(EDGE_PUNCT, '');
}

/**
 * wordFold of each word of a text, from one fold of the whole text rather than one per word (a search
 * folds every word of each page it finds); word by word when folding changes the spacing (NFKC spells
 * a few ligatures out as several words).
 */
export function foldWords(words: readonly string[]): string[] {
  const folded = foldText(words.join(' ')).split(' ');
  return (folded.length === words.length ? folded : words.map(foldText)).map(trimEdges);
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];

/**
 * The readings of one word under Arabic clitic grammar: conjunction, then preposition, then article, each
 * at most once (لل is ل + ال). A query word matches a text word when some reading of one starts with some
 * reading of the other's; unlike the greedy key, this never turns البلدين into دين.
 */
export function wordForms(word: string): string[] {
  return foldedForms(wordFold(word));
}

/** The readings (see wordForms) of a word already folded by wordFold. */
export function foldedForms(folded: string): string[] {
  if (!/^\p{Script=Arabic}/u.test(folded)) return folded ? [folded] : [];
  const forms = new Set([folded]);
  for (const c of CONJUNCTIONS) {
    for (const p of PREPOSITIONS) {
      const articles = p === 'ل' ? ['', 'ل'] : ['', 'ال'];
      for (const a of articles) {
        const prefix = c + p + a;
        if (prefix && folded.startsWith(prefix) && folded.length - prefix.length >= MIN_STEM) {
          forms.add(folded.slice(prefix.length));
        }
      }
    }
  }
  return [...forms];
}

/** Whether a query word (its readings) finds a text word (its readings): same word, or a prefix of it as typed. */
export function formsMatch(query: readonly string[], text: readonly string[]): boolean {
  return query.some((q) => text.some((t) => t.startsWith(q)));
}

/** Attached pronouns, longest first (ه and ي after ة, spelt ته تي, are taken below). */
const PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ك'];

/**
 * The light stem of a folded, peeled word, the same on both sides. ة (folded to ه) is kept as the mark of its
 * family, so a ة noun meets its own forms and not a neighbour without ة (سلامة never meets السلام):
 * - one attached pronoun off, with ت restored to ة before it: سفارتها، سفارته، سفارتي -> سفاره;
 * - the feminine plural to its singular: علاقات -> علاقه; the dual of a ة noun: قمتين، قمتان -> قمه;
 * - the masculine plural and the dual off: السوريون، للسوريين -> سوري; البلدان، البلدين -> بلد;
 * - nisba ية / ي off: الكازاخستانية -> كازاخستاني -> كازاخستان; السوري -> سور; with its accusative alif: ثلاثيا -> ثلاث.
 * Never below MIN_STEM letters, so short words are left whole. Compared whole only (results.ts).
 */
export function stemKey(key: string): string {
  if (!/^\p{Script=Arabic}/u.test(key)) return key;
  let w = key;
  const cuts = (ending: string): boolean => w.endsWith(ending) && w.length - ending.length >= MIN_STEM;
  const toTaMarbuta = (): void => {
    if (w.endsWith('ت') && !w.endsWith('ات')) w = `${w.slice(0, -1)}ه`;
  };
  const pronoun = PRONOUNS.find(cuts);
  if (pronoun) {
    w = w.slice(0, -pronoun.length);
    toTaMarbuta();
  } else if (/[^ا]ت[هي]$/.test(w) && cuts('ه')) {
    w = `${w.slice(0, -2)}ه`;
  } else if (/ات[هي]$/.test(w) && cuts('ه')) {
    w = w.slice(0, -1);
  }
  // The accusative alif of a nisba adjective (ثلاثيًا، رسميًا, harakat folded away): ثلاثيا is ثلاثي. Not after
  // ايا, a broken plural (قضايا).
  if (/[^ا]يا$/.test(w) && cuts('ا')) w = w.slice(0, -1);
  for (let round = 0; round < 2; round++) {
    if (cuts('ات')) w = `${w.slice(0, -2)}ه`;
    else if (cuts('ون') || cuts('ين') || cuts('ان')) {
      w = w.slice(0, -2);
      toTaMarbuta();
    }
    if (cuts('يه')) w = w.slice(0, -1);
    if (cuts('ي')) w = w.slice(0, -1);
  }
  return w;
}

/** The article with the clitics that may come before it: وال، بال، لل، فبال… */
const WITH_ARTICLE = /^[وف]?(?:[بك]?ال|لل)/;

/**
 * The stem Pagefind is given and asked for, on both sides: the folded word with its article (and what is
 * attached before it) peeled, then stemKey. Unlike the greedy key it never reads a word's first letter as a
 * preposition (البلدين -> بلد, not دين).
 */
export function articleStem(fold: string): string {
  return stemKey(withoutArticle(fold));
}

/** A folded word with its article (and what is attached before it) peeled, and nothing else: بوتين stays whole. */
export function withoutArticle(fold: string): string {
  const article = WITH_ARTICLE.exec(fold)?.[0] ?? '';
  return fold.length - article.length >= MIN_STEM ? fold.slice(article.length) : fold;
}
