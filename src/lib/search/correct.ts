// Typing slips: the nearest word of the site's own vocabulary to a query word that matches nothing, as hosted
// documentation search forgives them (one edit in words of 4+ letters, two in words of 8+; a swap of two
// neighbouring letters is one edit). Words are compared as search keys (normalize.ts), so hamza forms, ة/ه
// and ى/ي are already one letter. Pure: the vocabulary is given (made from the index at build time).
import { wordKey } from './normalize.ts';

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

/** A vocabulary: the search key of each known word -> the word it stands for (itself, or an alias's word). */
export type Vocabulary = ReadonlyMap<string, string>;

/**
 * The word a query word was most likely meant to be, or undefined: when the word is known (a match is never
 * corrected), too short, or has nearest words that stand for different words (a tie is not a guess).
 */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const key = wordKey(word);
  const max = allowedEdits(key);
  if (max === 0 || vocabulary.has(key)) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const [candidate, meant] of vocabulary) {
    const distance = editDistance(key, candidate, Math.min(max, bestDistance));
    if (distance < bestDistance) [best, bestDistance, tie] = [meant, distance, false];
    else if (distance === bestDistance && distance <= max && meant !== best) tie = true;
  }
  return bestDistance <= max && !tie ? best : undefined;
}

/**
 * The vocabulary of some texts (every word of three letters or more, standing for itself as its key) and of an
 * alias table (every spelling standing for the article's word), so Kazahkstan is corrected to كازاخستان.
 */
export function vocabularyOf(
  texts: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>> = {},
): Map<string, string> {
  const words = new Map<string, string>();
  for (const text of texts) {
    for (const word of text.split(/\s+/)) {
      const key = wordKey(word);
      if (Array.from(key).length >= 3 && !words.has(key)) words.set(key, key);
    }
  }
  for (const [meant, spellings] of Object.entries(aliases)) {
    for (const spelling of spellings) {
      const key = wordKey(spelling);
      if (!words.has(key)) words.set(key, wordKey(meant));
    }
  }
  return words;
}
