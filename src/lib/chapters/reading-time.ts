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

/** How Arabic counts a noun: its own words for one and two, a plural after 3-10, a singular after 11 and up. */
export interface CountForms {
  one: string;
  two: string;
  few: string;
  many: string;
}

/** A count with its noun in agreement: «دقيقة واحدة», «دقيقتان», «٣ دقائق», «١١ دقيقة», «١٠٠ دقيقة». */
export function formatCount(count: number, forms: CountForms): string {
  if (count === 1) return forms.one;
  if (count === 2) return forms.two;
  const lastTwo = count % 100;
  return `${arabicDigits(count)} ${lastTwo >= 3 && lastTwo <= 10 ? forms.few : forms.many}`;
}

/** Reading time in minutes, in words. */
export function formatMinutes(minutes: number): string {
  return formatCount(minutes, { one: 'دقيقة واحدة', two: 'دقيقتان', few: 'دقائق', many: 'دقيقة' });
}

/** Arabic-Indic digits for numbers the site itself shows (counts, positions). */
export function formatNumber(value: number): string {
  return arabicDigits(value);
}
