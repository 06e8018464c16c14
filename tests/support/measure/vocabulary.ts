// The typo correction's cost as a site grows (bench:scale). Synthetic chapters reuse the article's words, so
// their vocabulary does not grow; a real site's does, by Heaps' law (distinct words ≈ K·tokens^β). This models
// that growth from the article itself (β = 0.7, a value for a morphologically rich language such as Arabic,
// K fitted so the article's own vocabulary comes out), fills it with words made from the article's by two
// letter changes (so near neighbours, and ties, are as common as in real text), and times the correction.
import { ALIASES } from '../../../src/lib/search/aliases.ts';
import { nearestWord, vocabularyOf } from '../../../src/lib/search/correct.ts';
import { servedBytes } from '../../../src/lib/offline/served-bytes.ts';
import { lettersFor, vocabularyParts } from '../../../src/lib/search/vocabulary-parts.ts';

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

/** What correcting one slip costs: the bytes of the parts it fetches (gzip) and the milliseconds to read them. */
interface MissCost {
  /** The whole vocabulary as one file would be served (gzip), for comparison. */
  wholeBytes: number;
  /** Median over the slips: the parts one miss fetches, gzip bytes, and the time to read them (vocabularyOf). */
  bytes: number;
  loadMs: number;
  /** Median time of the correction itself, once the parts are read. */
  correctMs: number;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The cost of a miss with this vocabulary in parts (lib/search/vocabulary-parts.ts), median over the slips. */
export function measureCorrection(words: readonly string[]): MissCost {
  const parts = vocabularyParts(words);
  const partBytes = new Map([...parts].map(([letter, list]) => [letter, servedBytes(JSON.stringify(list))]));
  const bytes: number[] = [];
  const loaded: number[] = [];
  const corrected: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const slip of SLIPS) {
      const letters = lettersFor(slip);
      if (round === 0) bytes.push(letters.reduce((sum, letter) => sum + (partBytes.get(letter) ?? 0), 0));
      let started = performance.now();
      const vocabulary = vocabularyOf(
        letters.flatMap((letter) => parts.get(letter) ?? []),
        ALIASES,
      );
      loaded.push(performance.now() - started);
      started = performance.now();
      nearestWord(slip, vocabulary);
      corrected.push(performance.now() - started);
    }
  }
  return {
    wholeBytes: servedBytes(JSON.stringify(words)),
    bytes: median(bytes),
    loadMs: median(loaded),
    correctMs: median(corrected),
  };
}
