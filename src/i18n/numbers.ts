// Arabic numbers and counts, as the UI strings say them: Arabic-Indic digits, and a noun that agrees with its
// count («دقيقة واحدة», «دقيقتان», «٣ دقائق», «١١ دقيقة»).

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

/** Arabic-Indic digits for numbers the site itself shows (counts, positions). */
export function formatNumber(value: number): string {
  return arabicDigits(value);
}
