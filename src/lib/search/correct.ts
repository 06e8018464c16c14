// Typing slips: the nearest word of the site's own vocabulary to a query word that matches nothing, as hosted
// documentation search forgives them (one edit in words of 4+ letters, two in words of 8+; a swap of two
// neighbouring letters is one edit). Words are compared as search keys (normalize.ts), so hamza forms, ة/ه
// and ى/ي are already one letter. Pure: the vocabulary is given (its words are written at build time).
import { trimEdges, wordKey } from './normalize.ts';

/** The vocabulary's file in the search bundle's folder (written by integrations/steps/index-search.ts). */
export const VOCABULARY_FILE = 'vocabulary.json';

/** How many edits a word of this many letters may be corrected by: none below four letters. */
export function allowedEdits(word: string): number {
  const length = Array.from(word).length;
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * The optimal-string-alignment distance (Levenshtein plus the swap of two neighbours), or `max + 1` as soon as
 * it must be more than `max`: the correction only ever asks whether a word is within one or two edits.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [before, previous] = [previous, current];
  }
  return previous[t.length] ?? max + 1;
}

/** A vocabulary: the search key of each known word -> the word it stands for, as the article writes it. */
export type Vocabulary = ReadonlyMap<string, string>;

const isArabic = (word: string): boolean => /^\p{Script=Arabic}/u.test(word);

/** A Latin spelling in the case the reader typed its first letter: kazakhstan for Kazahkstan -> Kazakhstan. */
function recased(spelling: string, typed: string): string {
  const first = typed.charAt(0);
  return first !== first.toLowerCase() ? spelling.charAt(0).toUpperCase() + spelling.slice(1) : spelling;
}

/**
 * The word a query word was most likely meant to be, or undefined: when the word is known (a match is never
 * corrected), too short, or has nearest words that stand for different words (a tie is not a guess). The
 * answer is the article's word, or for a Latin slip the Latin spelling it is nearest to (Kazakhstan), which
 * the search resolves to the article's word.
 */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const key = wordKey(word);
  const max = allowedEdits(key);
  if (max === 0 || vocabulary.has(key)) return undefined;
  let best: string | undefined;
  let spelling = '';
  let bestDistance = max + 1;
  let tie = false;
  for (const [candidate, meant] of vocabulary) {
    const distance = editDistance(key, candidate, Math.min(max, bestDistance));
    if (distance < bestDistance) [best, spelling, bestDistance, tie] = [meant, candidate, distance, false];
    else if (distance === bestDistance && distance <= max && meant !== best) tie = true;
  }
  if (best === undefined || bestDistance > max || tie) return undefined;
  return isArabic(spelling) ? best : recased(spelling, trimEdges(word));
}

/**
 * The words of some texts, one per search key, as the vocabulary file holds them: for each key the shortest
 * way the texts write it (then the most frequent, then the first), so a correction reads as the article does
 * (كازاخستان rather than لكازاخستان). Words under three letters are left out: they are never corrected to.
 */
export function vocabularyWords(texts: readonly string[]): string[] {
  const forms = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const raw of text.split(/\s+/)) {
      const word = trimEdges(raw);
      const key = wordKey(word);
      if (Array.from(key).length < 3) continue;
      const counts = forms.get(key) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      forms.set(key, counts);
    }
  }
  const chosen = [...forms.values()].map((counts) => {
    const ranked = [...counts].sort(([a, m], [b, n]) => Array.from(a).length - Array.from(b).length || n - m);
    return ranked[0]?.[0] ?? '';
  });
  // One order whatever the order of the pages: the file is the same from build to build.
  return chosen.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The vocabulary of the article's words (each standing for itself) and of an alias table (every other spelling
 * standing for the article's word), so اردغان and Kazahkstan are corrected to what the article says.
 */
export function vocabularyOf(
  words: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>> = {},
): Map<string, string> {
  const vocabulary = new Map<string, string>();
  for (const word of words) {
    const key = wordKey(word);
    if (key && !vocabulary.has(key)) vocabulary.set(key, word);
  }
  for (const [meant, spellings] of Object.entries(aliases)) {
    for (const spelling of [meant, ...spellings]) {
      const key = wordKey(spelling);
      if (key && !vocabulary.has(key)) vocabulary.set(key, meant);
    }
  }
  return vocabulary;
}
