// The typo correction's cost as a site grows (bench:scale). Synthetic chapters reuse the article's words, so
// their vocabulary does not grow; a real site's does, by Heaps' law (distinct words ≈ K·tokens^β). This models
// that growth from the article itself (β = 0.7, a value for a morphologically rich language such as Arabic,
// K fitted so the article's own vocabulary comes out), fills it with words made from the article's by two
// letter changes (so near neighbours, and ties, are as common as in real text), and times the correction.
import { ALIASES } from '../../../src/lib/search/aliases.ts';
import { nearestWord, vocabularyOf } from '../../../src/lib/search/correct.ts';
import { servedBytes } from '../../../src/lib/offline/served-bytes.ts';

/** Heaps' law exponent for the model. */
const BETA = 0.7;

/** Slips the site corrects, timed at every size. */
const SLIPS = ['اردوغن', 'زلنسكي', 'طهرن', 'الكرملن', 'كازاخستن', 'محادثت', 'Kazahkstan', 'ماكرون', 'الانتخابات'];

/** A seeded random number generator (mulberry32): the same model vocabulary on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The distinct words a site of `chapters` chapters would have, by the model, given the article's figures. */
export function modelledSize(articleWords: number, articleTokens: number, articleChapters: number, chapters: number) {
  const tokens = (articleTokens / articleChapters) * chapters;
  return Math.max(articleWords, Math.round(articleWords * (tokens / articleTokens) ** BETA));
}

/** The article's vocabulary grown to `size` words, each new one two letters away from one of the article's. */
export function modelledVocabulary(words: readonly string[], size: number): string[] {
  const next = random(13);
  const letters = [...new Set(Array.from(words.join('')).filter((c) => /\p{Script=Arabic}/u.test(c)))];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out = new Set(words);
  const bases = words.filter((w) => Array.from(w).length >= 4 && /^\p{Script=Arabic}+$/u.test(w));
  while (out.size < size) {
    const chars = Array.from(pick(bases));
    for (let edit = 0; edit < 2; edit++) chars[Math.floor(next() * chars.length)] = pick(letters);
    out.add(chars.join(''));
  }
  return [...out];
}

/** Bytes of the vocabulary file served with gzip, and the median milliseconds to load it and to correct a slip. */
export function measureCorrection(words: readonly string[]): { bytes: number; loadMs: number; correctMs: number } {
  const loaded: number[] = [];
  const corrected: number[] = [];
  for (let round = 0; round < 5; round++) {
    let started = performance.now();
    const vocabulary = vocabularyOf(words, ALIASES);
    loaded.push(performance.now() - started);
    for (const slip of SLIPS) {
      started = performance.now();
      nearestWord(slip, vocabulary);
      corrected.push(performance.now() - started);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { bytes: servedBytes(JSON.stringify(words)), loadMs: median(loaded), correctMs: median(corrected) };
}
