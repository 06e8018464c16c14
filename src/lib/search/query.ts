// Turns what a reader typed into the terms the site searches for: folded, aliases resolved, bounded.
import { ALIASES, PHRASE_ALIASES } from './aliases.ts';
import { foldText, wordFold, wordKey } from './normalize.ts';

/** One searched word in its two forms: folded as typed (for prefixes being typed) and peeled to its key. */
export interface QueryTerm {
  fold: string;
  key: string;
}

/** Long pastes are cut: no sentence of the article needs more words than this to be found. */
export const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;
const MAX_QUERY_LENGTH = 400;

const aliasIndex = new Map<string, string>();
for (const [canonical, others] of Object.entries(ALIASES)) {
  for (const other of [canonical, ...others]) aliasIndex.set(wordKey(other), canonical);
}
const phraseIndex = new Map(Object.entries(PHRASE_ALIASES).map(([phrase, word]) => [foldText(phrase), word]));

/** The word the article uses for an alias (Erdogan -> أردوغان), or the word itself. */
export function resolveAlias(word: string): string {
  return aliasIndex.get(wordKey(word)) ?? word;
}

/** Split a query into words: whitespace and the punctuation Pagefind splits on, never inside a word. */
export function splitWords(query: string): string[] {
  return query
    .slice(0, MAX_QUERY_LENGTH)
    .split(/[\s"'«»“”„()[\]{}<>،؛,;:!?؟.…/\\|*+=~`^]+/u)
    .filter((w) => w.length > 0);
}

/** The terms of a query, deduplicated, in the order typed. */
export function parseQuery(query: string): QueryTerm[] {
  const words = splitWords(query);
  const resolved: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? phraseIndex.get(foldText(`${words[i]} ${words[i + 1]}`)) : undefined;
    if (pair) {
      resolved.push(pair);
      i++;
    } else resolved.push(resolveAlias(words[i] ?? ''));
  }
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const word of resolved) {
    const key = wordKey(word).slice(0, MAX_TERM_LENGTH);
    const fold = wordFold(word).slice(0, MAX_TERM_LENGTH);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    terms.push({ fold, key });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** The strings handed to Pagefind: the keys, and the folded words when they differ (a prefix still being typed). */
export function pagefindQueries(terms: readonly QueryTerm[]): string[] {
  if (terms.length === 0) return [];
  const keys = terms.map((t) => t.key).join(' ');
  const folds = terms.map((t) => t.fold).join(' ');
  return keys === folds ? [keys] : [keys, folds];
}
