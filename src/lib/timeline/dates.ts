// A timeline date in words, as the article writes dates: the month by its name (مارس، أكتوبر) and the
// digits it uses (12-13 أكتوبر، 1992).

const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

/** The name of month `m` (1-12). */
export const monthName = (m: number): string => MONTHS[m - 1] ?? '';

/** 1992, مارس 1992, 19 يوليو 2022, or 12-13 أكتوبر 2022 for an event that runs `until` a later day. */
export function displayDate(datetime: string, until?: string): string {
  const [year = '', month, day] = datetime.split('-');
  if (!month) return year;
  const name = monthName(Number(month));
  if (!day) return `${name} ${year}`;
  const last = until?.split('-')[2];
  const days = last && last !== day ? `${Number(day)}-${Number(last)}` : `${Number(day)}`;
  return `${days} ${name} ${year}`;
}
