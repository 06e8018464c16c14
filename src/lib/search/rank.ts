// How well a paragraph answers a query: BM25 at paragraph level (rarer words weigh more, repeats saturate,
// long paragraphs are not favoured), plus a bonus when the words stand close together. Pages are ordered by
// their best paragraph. Pure: the search (scripts/search/wrap.ts) gives where each word is, this says how good.
// (apache/lucene BM25Similarity; meilisearch's ranking rules: words, proximity.)

/**
 * BM25's saturation of repeats (Lucene's default) and its pull towards the average length, lighter than Lucene's
 * 0.75: paragraphs vary less than documents, and a long one is no worse an answer for being long.
 */
const K1 = 1.2;
const B = 0.5;
/** The proximity bonus for words side by side, as a share of their weight; it fades as they spread apart. */
const PROXIMITY = 0.5;
/** What a word found through another form (the lexicon's) counts for against the word as typed (exactness). */
const RELATED = 0.5;
/** How much more a passage counts when it holds what the question asks for (a time for متى, answer-kind.ts). */
const ANSWERS = 2;

/** One part of a page that can be linked to (a paragraph or a subheading): its length and each term's positions. */
export interface Passage {
  length: number;
  /** For each query term (in query order), the word positions in the passage where it is found. */
  found: readonly (readonly number[])[];
  /** For each term, how many of its positions were found only through a related form (they count less). */
  weak?: readonly (readonly number[])[];
  /** It holds what the question asks for (a time, a number, a place) beyond the query's own words. */
  answers?: boolean;
}

/** The weight of a term found in `df` of `n` passages: BM25's idf, never negative; a term found nowhere weighs most. */
export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * The first and last position of the fewest consecutive words that hold one position of every list (lists not
 * empty), or undefined for none: the classic smallest window over sorted lists, walked by always advancing the
 * list that is furthest behind.
 */
export function smallestSpan(lists: readonly (readonly number[])[]): [number, number] | undefined {
  const sorted = lists.filter((l) => l.length > 0).map((l) => [...l].sort((a, b) => a - b));
  if (sorted.length === 0) return undefined;
  const at = sorted.map(() => 0);
  let best: [number, number] = [0, Infinity];
  for (;;) {
    let low = 0;
    let max = -Infinity;
    for (let i = 0; i < sorted.length; i++) {
      const value = sorted[i]?.[at[i] ?? 0] ?? 0;
      if (value < (sorted[low]?.[at[low] ?? 0] ?? 0)) low = i;
      max = Math.max(max, value);
    }
    const min = sorted[low]?.[at[low] ?? 0] ?? 0;
    if (max - min < best[1] - best[0]) best = [min, max];
    const next = (at[low] ?? 0) + 1;
    if (next >= (sorted[low]?.length ?? 0)) return best;
    at[low] = next;
  }
}

/** The fewest consecutive words that hold one position of every list (lists not empty), or 0 for none. */
export function smallestWindow(lists: readonly (readonly number[])[]): number {
  const span = smallestSpan(lists);
  return span ? span[1] - span[0] + 1 : 0;
}

/** The score of one passage for terms of these weights, in passages of this average length. */
export function scorePassage(passage: Passage, weights: readonly number[], averageLength: number): number {
  // A passage shorter than the average is scored as if of average length: a subheading of three words holding
  // two of the words is not a better answer than the paragraph holding all three.
  const norm = 1 - B + (B * Math.max(passage.length, averageLength)) / Math.max(1, averageLength);
  let score = 0;
  let matchedWeight = 0;
  let matched = 0;
  passage.found.forEach((positions, t) => {
    if (positions.length === 0) return;
    const weak = passage.weak?.[t]?.length ?? 0;
    const tf = positions.length - (1 - RELATED) * weak;
    // A word found only through another form counts RELATED of what it would as typed, saturation aside
    // (tf = RELATED alone would count more than that share), and stands by the others at that weight too.
    const weight = (weights[t] ?? 0) * (weak === positions.length ? RELATED : 1);
    const counted = weak === positions.length ? positions.length : tf;
    score += (weight * (counted * (K1 + 1))) / (counted + K1 * norm);
    matchedWeight += weight;
    matched++;
  });
  if (matched >= 2) {
    // Side by side (a window of `matched` words) earns the whole bonus; spread over a paragraph, little.
    const window = smallestWindow(passage.found);
    score += (PROXIMITY * matchedWeight * (matched - 1)) / Math.max(matched - 1, window - 1);
  }
  return passage.answers ? score * ANSWERS : score;
}

/**
 * For each term, in how many of the passages it is found: as typed (or of its stem) when some passage has it so,
 * else in another form. A word's rarity is its own: قمة is not made common by the pages that say قمم.
 */
export function documentFrequencies(passages: readonly Passage[], terms: number): number[] {
  return Array.from({ length: terms }, (_, t) => {
    const holding = passages.filter((p) => (p.found[t]?.length ?? 0) > 0);
    const typed = holding.filter((p) => (p.found[t]?.length ?? 0) > (p.weak?.[t]?.length ?? 0)).length;
    return typed > 0 ? typed : holding.length;
  });
}

/** The share of a query's weight that a set of found terms carries (1 when every term is found). */
export function coverage(found: readonly boolean[], weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  return weights.reduce((sum, w, t) => sum + (found[t] ? w : 0), 0) / total;
}

/** A page's score from its passages' scores: its best, then each next one counting half as much as the one before. */
export function pageScore(scores: readonly number[]): number {
  return [...scores].sort((a, b) => b - a).reduce((sum, score, i) => sum + score / 2 ** i, 0);
}

/**
 * Indexes of `scores` from best to worst; equal scores keep their order (the page's reading order). Those marked
 * in `first` come before the rest: a question of one grain («في أي يوم…») is answered only where one is.
 */
export function rankOrder(scores: readonly number[], first: readonly boolean[] = []): number[] {
  const rank = (i: number) => (first[i] ? 0 : 1);
  return scores.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
}
