// Reading time: how many minutes a chapter takes to read (said in words by i18n/numbers.ts).

/** Words a minute for reading Arabic news prose on a screen (slower than Latin-script estimates). */
const ARABIC_WORDS_PER_MINUTE = 140;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(text: string, wordsPerMinute = ARABIC_WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}
