// Prepares a built page for the search index (never for readers): every word of the indexed body is
// written as "original//folded/key", so Pagefind indexes the word as written and its normalised forms
// at the same position, and the browser can show the original word in excerpts.
import { decodeEntities } from '../html/entities.ts';
import { wordKey } from './normalize.ts';

/** Separates the word as written from its indexed forms inside one token of the index content. */
export const FORMS_MARK = '//';

/** One word of the body as the index stores it; the word alone when its forms add nothing. */
export function encodeWord(raw: string): string {
  const word = decodeEntities(raw);
  const forms = [wordKey(word)].filter((f) => f && f !== word);
  return forms.length === 0 ? raw : `${raw}${FORMS_MARK}${forms.join('/')}`;
}

/** The word as written, from one token of the index content. */
export function decodeWord(token: string): string {
  const at = token.indexOf(FORMS_MARK);
  return at > 0 ? token.slice(0, at) : token;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source', 'area', 'col', 'embed', 'track']);

/** Where the element carrying data-pagefind-body starts and ends (its content only), or undefined. */
function bodyRange(html: string): [number, number] | undefined {
  const open = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/.exec(html);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  let depth = 1;
  TAG.lastIndex = start;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    if (m[3] || VOID.has(name)) continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return [start, m.index];
  }
  return undefined;
}

/**
 * The page as Pagefind should index it: body words carry their normalised forms, the chapter title is a
 * filter and the page description is the summary metadata. Readers are served the page unchanged.
 */
export function prepareForIndex(html: string): string {
  const range = bodyRange(html);
  if (!range) return html;
  const [start, end] = range;
  const body = html
    .slice(start, end)
    .replace(/>([^<]+)</g, (_, text: string) => `>${text.replace(/[^\s]+/g, encodeWord)}<`)
    .replace(/^([^<]+)/, (text: string) => text.replace(/[^\s]+/g, encodeWord));
  const head = html
    .slice(0, start)
    .replace(
      /(<h1\b[^>]*?)\sdata-pagefind-meta="title"/,
      '$1 data-pagefind-meta="title" data-pagefind-filter="chapter"',
    )
    .replace(/<meta name="description"/, '<meta data-pagefind-meta="summary[content]" name="description"');
  return head + body + html.slice(end);
}
