// Reading time in Arabic words, the way an Arabic reader says it: «دقيقة واحدة», «دقيقتان», «٣ دقائق», «١١ دقيقة».

/** Words a minute for reading Arabic news prose on a screen (slower than Latin-script estimates). */
export const ARABIC_WORDS_PER_MINUTE = 140;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(text: string, wordsPerMinute = ARABIC_WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}

/** Arabic-Indic digits by table, not Intl.NumberFormat: the search runs this in the browser too, where the
 *  first Arabic Intl.NumberFormat loads locale data (about 50 ms on a phone) in the middle of a search. */
function arabicDigits(value: number): string {
  return String(value).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'.charAt(Number(d)));
}

/** Arabic number agreement for «minute»: 1, 2, 3-10 (plural), 11+ (singular accusative). */
export function formatMinutes(minutes: number): string {
  const n = arabicDigits(minutes);
  if (minutes === 1) return 'دقيقة واحدة';
  if (minutes === 2) return 'دقيقتان';
  const lastTwo = minutes % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return `${n} دقائق`;
  return `${n} دقيقة`;
}

/** Arabic-Indic digits for numbers the site itself shows (counts, positions). */
export function formatNumber(value: number): string {
  return arabicDigits(value);
}
