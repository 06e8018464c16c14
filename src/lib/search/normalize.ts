// Arabic search normalisation: one pure function used on the text at index time and on the query in the
// browser, so that both sides fold to the same key (see README, "Search").

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
  const folded = foldText(word).replace(EDGE_PUNCT, '');
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
