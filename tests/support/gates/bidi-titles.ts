// Finds the punctuation and direction mistakes that make a right-to-left title render wrongly where
// the browser tab, a search result or a link card lays it out by its first strong letter.
import { decodeEntities } from '../../../src/lib/html/entities.ts';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const HEBREW_OR_ARABIC = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;
const PAIRS: [string, string][] = [
  ['(', ')'],
  ['[', ']'],
  ['«', '»'],
  ['“', '”'],
];

/** The first strong-direction letter decides how a plain-text title is laid out. */
function firstStrong(text: string): 'rtl' | 'ltr' | undefined {
  for (const ch of text) {
    if (HEBREW_OR_ARABIC.test(ch)) return 'rtl';
    if (LATIN.test(ch)) return 'ltr';
  }
  return undefined;
}

/** Each problem of one title, as a sentence; empty when the title is sound. */
export function titleProblems(text: string): string[] {
  const problems: string[] = [];
  if (firstStrong(text) !== 'rtl') problems.push('does not start with an Arabic letter, so it lays out left to right');
  if (text !== text.trim() || /\s{2,}/.test(text)) problems.push('has leading, trailing or doubled spaces');
  if (/\s[،؛؟.!:,;?]/.test(text)) problems.push('has a space before punctuation');
  const latinMark = new RegExp(`${ARABIC.source}\\s*[,;?]|[,;?]\\s*${ARABIC.source}`);
  if (latinMark.test(text)) problems.push('uses a Latin , ; or ? between Arabic words (use ، ؛ ؟)');
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const ch of text) {
      if (ch === open) depth++;
      else if (ch === close && --depth < 0) break;
    }
    if (depth !== 0) problems.push(`has unbalanced ${open}${close}, which mirror wrongly in a right-to-left line`);
  }
  let embeds = 0;
  let isolates = 0;
  for (const ch of text) {
    if (/[\u202A\u202B\u202D\u202E]/.test(ch)) embeds++;
    else if (ch === '\u202C') embeds--;
    else if (/[\u2066-\u2068]/.test(ch)) isolates++;
    else if (ch === '\u2069') isolates--;
    if (embeds < 0 || isolates < 0) break;
  }
  if (embeds !== 0 || isolates !== 0) problems.push('has unbalanced bidi control characters');
  if (/[0-9][\u0660-\u0669\u06F0-\u06F9]|[\u0660-\u0669\u06F0-\u06F9][0-9]/.test(text))
    problems.push('mixes Latin and Arabic-Indic digits in one number');
  return problems;
}

/** The titles of a built page: <title>, og:title, the h1 and JSON-LD headlines, as plain text. */
export function pageTitles(html: string): { where: string; text: string }[] {
  const plain = (s: string) =>
    decodeEntities(s.replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
  const found: { where: string; text: string }[] = [];
  for (const m of html.matchAll(/<title>([\s\S]*?)<\/title>/g)) found.push({ where: 'title', text: plain(m[1] ?? '') });
  for (const m of html.matchAll(/<meta property="og:title" content="([^"]*)"/g))
    found.push({ where: 'og:title', text: plain(m[1] ?? '') });
  for (const m of html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)) found.push({ where: 'h1', text: plain(m[1] ?? '') });
  for (const m of html.matchAll(/"headline":"((?:[^"\\]|\\.)*)"/g))
    found.push({ where: 'JSON-LD headline', text: JSON.parse(`"${m[1] ?? ''}"`) as string });
  return found;
}
