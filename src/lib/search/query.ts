// Turns what a reader typed into the terms the site searches for: folded, aliases resolved, bounded.
import { ALIASES, PHRASE_ALIASES } from './aliases.ts';
import { ENTITIES } from '../entities/table.ts';
import { articleStem, foldedForms, foldText, stemKey, wordFold, wordForms, wordKey } from '../text/normalize.ts';
import { isWhichUnit } from './answer-kind.ts';
import { isQuestionWord, isStopWord } from './stop-words.ts';
import { familyStems } from './word-forms.ts';

/** One searched word in its two forms: folded as typed (for prefixes being typed) and peeled to its key. */
export interface QueryTerm {
  fold: string;
  key: string;
  /** The word's light stem (normalize.ts articleStem), which Pagefind is asked for; the key for a name. */
  stem: string;
  /** For a word inside quotes: which quoted phrase of the query it belongs to. Its words are matched as
   *  written (no other forms) and next to each other, in order. */
  phrase?: number;
  /** The word as the reader typed it (before aliases), for the summary's "left out" and the correction. */
  typed: string;
  /** A question word or particle (stop-words.ts): never required, never searched for. Not inside quotes. */
  stop?: true;
}

/** Long pastes are cut: no sentence of the article needs more words than this to be found. */
export const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;
const MAX_QUERY_LENGTH = 400;

// Built on the first query, not when the search code loads: a page that only loads it does no folding.
let aliasIndex: Map<string, string> | undefined;
let phraseIndex: Map<string, string> | undefined;

function aliases(): Map<string, string> {
  if (!aliasIndex) {
    aliasIndex = new Map();
    for (const [canonical, others] of Object.entries(ALIASES)) {
      for (const other of [canonical, ...others]) aliasIndex.set(wordFold(other), canonical);
    }
  }
  return aliasIndex;
}

let nameIndex: Set<string> | undefined;

/** Whether a folded reading is a name of the alias table (as the article writes it, or another spelling). */
export function isName(reading: string): boolean {
  nameIndex ??= new Set([...aliases().keys(), ...Object.keys(ALIASES).flatMap((name) => wordForms(name))]);
  return nameIndex.has(reading);
}

/** The stem of a reading, or undefined for a name: names have no plural, dual or pronoun forms to meet. */
export function stemOf(reading: string): string | undefined {
  return isName(reading) ? undefined : stemKey(reading);
}

/**
 * The readings of a query word with what a reader adds to a word and the article may not: the future س of a
 * verb (سيزور for يزور), the accusative alif (يوما for يوم), a verb's plural وا (أشادوا) or feminine ت (تغيرت).
 * Query side only, as extra stems: the index is left as the article writes it.
 */
export function typedVariants(reading: string, hamzaEnd = false): string[] {
  const variants = [reading];
  const long = (w: string) => w.length >= 5;
  if (long(reading) && /^س[يتن]/.test(reading)) variants.push(reading.slice(1));
  if (long(reading) && reading.endsWith('وا')) variants.push(reading.slice(0, -2));
  // Not for a word ending in a hamza, which folding drops (رؤساء folds to روسا: it is not روس).
  if (!hamzaEnd && reading.length >= 4 && /[^ا]ا$/.test(reading)) variants.push(reading.slice(0, -1));
  if (long(reading) && /[^ا]ت$/.test(reading)) variants.push(reading.slice(0, -1));
  return variants;
}

/** Whether a word ends in a hamza (before an accusative alif, harakat aside: جزءًا), which folding drops. */
const endsInHamza = (typed: string): boolean => /[ءأإآؤئ]ا?$/u.test(typed.replace(/\p{Mn}/gu, ''));

/**
 * The stems a query word's readings meet other forms by (none for a name), the typed variants' included; `typed`
 * is the word before folding, which alone tells a final hamza.
 */
export function termStems(fold: string, typed = fold): string[] {
  const hamzaEnd = endsInHamza(typed);
  return [
    ...new Set(
      wordForms(fold)
        .flatMap((r) => typedVariants(r, hamzaEnd))
        .flatMap((r) => stemOf(r) ?? []),
    ),
  ];
}

/**
 * The stems of a query word's other forms in the lexicon (word-forms.ts: قضية meets القضايا, افتتاح meets افتتحت),
 * its own excluded: found, but weighing less than the word itself (rank.ts).
 */
export function relatedStems(fold: string, typed = fold): string[] {
  const own = termStems(fold, typed);
  return [...new Set(own.flatMap(familyStems))].filter((s) => !own.includes(s));
}

function phrases(): Map<string, string> {
  phraseIndex ??= new Map(Object.entries(PHRASE_ALIASES).map(([phrase, word]) => [foldText(phrase), word]));
  return phraseIndex;
}

interface LongName {
  /** The long name's words, folded. */
  words: string[];
  /** The entity's shortest mention, which stands for it («CICA», «عملية أستانا»). */
  short: string;
}
let longNameIndex: Map<string, LongName[]> | undefined;

/**
 * The Latin names of an entity (content/names.json `latin`: «Astana process (Astana format)»): the name, the
 * one in brackets, each also without a leading «the»; those of two words or more, as a query splits them.
 */
export function latinNames(latin: string): string[][] {
  const names = latin.split(/\s*[()]\s*/).filter((name) => name.length > 0);
  const variants = names.flatMap((name) => [name, name.replace(/^the\s+/i, '')]);
  const split = variants.map((name) => splitWords(name).map(wordFold));
  return [...new Map(split.filter((words) => words.length >= 2).map((words) => [words.join(' '), words])).values()];
}

/**
 * The names of three words or more that an entity also goes by in short (content/names.json: «مؤتمر التفاعل
 * وإجراءات بناء الثقة في آسيا» is «CICA»), by their first word folded: a query naming it in full asks for the
 * entity, and an article names it in full once and then in short, so the short name finds every paragraph on it.
 * Its Latin names of two words or more too («Astana process», «Kurdistan Workers' Party»), whose words mean
 * nothing alone: they stand for its shortest mention in the article («عملية أستانا»).
 */
function longNames(): Map<string, LongName[]> {
  if (!longNameIndex) {
    const index = new Map<string, LongName[]>();
    const add = (words: string[], short: string) =>
      index.set(words[0] ?? '', [...(index.get(words[0] ?? '') ?? []), { words, short }]);
    for (const entity of ENTITIES) {
      const [short, ...others] = [...entity.mentions].sort((a, b) => a.split(' ').length - b.split(' ').length);
      if (!short) continue;
      for (const mention of others) {
        const words = mention.split(/\s+/).map(wordFold);
        if (words.length >= 3) add(words, short);
      }
      for (const words of latinNames(entity.latin)) add(words, short);
    }
    longNameIndex = index;
  }
  return longNameIndex;
}

/** The long name the query's words start with at `at`, none of them quoted (its first word may carry a clitic:
 *  لمؤتمر), if any. */
function longNameAt(words: readonly { word: string; phrase?: number | undefined }[], at: number): LongName | undefined {
  const first = foldedForms(wordFold(words[at]?.word ?? ''));
  const names = first.flatMap((reading) => longNames().get(reading) ?? []);
  return names.find((name) =>
    name.words.every((w, j) => {
      const typed = words[at + j];
      return typed !== undefined && typed.phrase === undefined && (j === 0 || wordFold(typed.word) === w);
    }),
  );
}

/** The word the article uses for an alias (Erdogan -> أردوغان, لبوتن -> بوتين), or the word itself. */
export function resolveAlias(word: string): string {
  for (const reading of wordForms(word)) {
    const canonical = aliases().get(reading);
    if (canonical) return canonical;
  }
  return word;
}

/** Split a query into words: whitespace and the punctuation Pagefind splits on, never inside a word. */
export function splitWords(query: string): string[] {
  return query
    .slice(0, MAX_QUERY_LENGTH)
    .split(/[\s"'‘’«»“”„()[\]{}<>،؛,;:!?؟.…/\\|*+=~`^]+/u)
    .filter((w) => w.length > 0);
}

/** Quoted parts of a query ("…", «…», “…”), each a phrase to match exactly; a quote left open quotes nothing. */
const QUOTED = /"([^"]*)"|«([^»]*)»|“([^”]*)”/g;

/** The words of a query, each with the quoted phrase it is in (if any). */
function quotedWords(query: string): { word: string; phrase?: number | undefined }[] {
  const words: { word: string; phrase?: number | undefined }[] = [];
  let at = 0;
  let phrase = 0;
  const text = query.slice(0, MAX_QUERY_LENGTH);
  for (const match of text.matchAll(QUOTED)) {
    words.push(...splitWords(text.slice(at, match.index)).map((word) => ({ word })));
    const inside = splitWords(match[1] ?? match[2] ?? match[3] ?? '');
    if (inside.length > 0) words.push(...inside.map((word) => ({ word, phrase })));
    phrase++;
    at = match.index + match[0].length;
  }
  words.push(...splitWords(text.slice(at)).map((word) => ({ word })));
  return words;
}

/** The terms of a query, deduplicated (but inside a phrase), in the order typed. */
export function parseQuery(query: string): QueryTerm[] {
  const words = quotedWords(query);
  const resolved: { word: string; typed: string; phrase?: number | undefined }[] = [];
  for (let i = 0; i < words.length; i++) {
    const { word = '', phrase } = words[i] ?? {};
    const long = longNameAt(words, i);
    if (long) {
      const typed = words
        .slice(i, i + long.words.length)
        .map((w) => w.word)
        .join(' ');
      // The short name may be of several words (عملية أستانا): each is searched.
      resolved.push(...long.short.split(/\s+/).map((word) => ({ word, typed })));
      i += long.words.length - 1;
      continue;
    }
    const next = words[i + 1];
    const pair = next && next.phrase === phrase ? phrases().get(foldText(`${word} ${next.word}`)) : undefined;
    if (pair) {
      const typed = `${word} ${next?.word ?? ''}`;
      resolved.push(...pair.split(' ').map((w) => ({ word: w, typed, phrase })));
      i++;
    } else resolved.push({ word: resolveAlias(word), typed: word, phrase });
  }
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const question = words.some(({ word, phrase }) => phrase === undefined && isQuestionWord(word));
  for (const [i, { word, typed, phrase }] of resolved.entries()) {
    const key = wordKey(word).slice(0, MAX_TERM_LENGTH);
    const fold = wordFold(word).slice(0, MAX_TERM_LENGTH);
    if (!key || (phrase === undefined && seen.has(key))) continue;
    seen.add(key);
    if (phrase !== undefined) terms.push({ fold, key, stem: key, phrase, typed });
    else {
      const stem = isName(fold) || isName(key) ? key : articleStem(fold);
      // «في أي عام…»: the noun after أي says what is asked for (answer-kind.ts), not what the answer is about.
      const frame = isStopWord(typed, question) || isWhichUnit(resolved[i - 1]?.typed, typed);
      terms.push(frame ? { fold, key, stem, typed, stop: true } : { fold, key, stem, typed });
    }
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** The quoted phrases of some terms: for each, the indexes of its terms, in order (phrases of one word are not). */
export function phraseGroups(terms: readonly QueryTerm[]): number[][] {
  const groups = new Map<number, number[]>();
  terms.forEach((t, i) => {
    if (t.phrase !== undefined) groups.set(t.phrase, [...(groups.get(t.phrase) ?? []), i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/** A word with every leading clitic letter peeled while two letters are left: recall for short prefixes (وزا). */
export function looseKey(fold: string): string {
  let w = fold;
  while (w.length > 2 && /^(ال|[وفبكل])/.test(w)) w = w.startsWith('ال') && w.length > 3 ? w.slice(2) : w.slice(1);
  return w;
}

/**
 * The strings handed to Pagefind for one term, whose pages are then checked word by word (results.ts): its key, its
 * stem, and the stems of its typed variants and its other forms in the lexicon; for the word still being typed
 * (`typing`, the last one) also its folded and its loosely peeled forms, so a prefix finds its word (وزا, وزارة).
 * One term at a time, so a page holding some of the words is a candidate; as few as may be, since Pagefind's
 * worker answers them one after another.
 */
export function termQueries(term: QueryTerm, typing = true): string[] {
  const free = term.phrase === undefined;
  // The variants' stems as the index holds them (articleStem), not every clitic reading's: those find no more pages.
  const variants = free && !isName(term.fold) ? typedVariants(term.fold, endsInHamza(term.typed)).map(articleStem) : [];
  const others = free ? [...variants, ...relatedStems(term.fold, term.typed)] : [];
  const prefixes = typing ? [term.fold, looseKey(term.fold)] : [];
  return [...new Set([term.key, ...prefixes, term.stem, ...others])];
}
