// Prepares a built page for the search index (never for readers): every word of the indexed body is
// written as "original//key/stem", so Pagefind indexes the word as written and its normalised forms
// at the same position, and the browser can show the original word in excerpts.
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { decodeEntities } from '../html/entities.ts';
import { articleStem, wordFold, wordKey } from '../text/normalize.ts';
import { isName } from './query.ts';

/** Separates the word as written from its indexed forms inside one token of the index content. */
export const FORMS_MARK = '//';

/** One word of the body as the index stores it; the word alone when its forms add nothing. */
export function encodeWord(raw: string): string {
  const word = decodeEntities(raw);
  const key = wordKey(word);
  const fold = wordFold(word);
  // Names have no plural or pronoun forms: stemming بوتين would only invent one (بوه).
  const stem = isName(fold) ? '' : articleStem(fold);
  const forms = [...new Set([key, stem])].filter((f) => f && f !== word);
  return forms.length === 0 ? raw : `${raw}${FORMS_MARK}${forms.join('/')}`;
}

/** The word as written, from one token of the index content. */
export function decodeWord(token: string): string {
  const at = token.indexOf(FORMS_MARK);
  return at > 0 ? token.slice(0, at) : token;
}

/** Words already encoded: a site repeats its words from page to page, and each is folded and stemmed once. */
const encoded = new Map<string, string>();

/** encodeWord, remembered. */
function encodeOnce(raw: string): string {
  let word = encoded.get(raw);
  if (word === undefined) encoded.set(raw, (word = encodeWord(raw)));
  return word;
}

/** Encode every word of a text node's raw text, spaces kept as they are. */
const encodeText = (text: string): string => text.replace(/[^\s]+/g, encodeOnce);

/** The indexed body's text (the element marked data-pagefind-body), entities decoded; empty when it has none. */
export function bodyText(html: string): string {
  const doc = parse(html) as Node;
  const parts: string[] = [];
  let body: ElementNode | undefined;
  walkSync(doc, (node) => {
    if (!body && node.type === ELEMENT_NODE && 'data-pagefind-body' in node.attributes) body = node;
  });
  if (body) {
    walkSync(body, (node) => {
      if (node.type === TEXT_NODE) parts.push(decodeEntities(node.value));
    });
  }
  return parts.join(' ');
}

/**
 * The page as Pagefind should index it: body words carry their normalised forms, the chapter title is a
 * filter and the page description is the summary metadata. Readers are served the page unchanged. Done on
 * the parsed page (ultrahtml), so attribute order and nesting do not matter.
 */
export function prepareForIndex(html: string): string {
  return indexedPage(html).content;
}

/** What the index step needs of a page, from one parse: the page prepared for the index, and its body's text. */
export function indexedPage(html: string): { content: string; text: string } {
  const doc = parse(html) as Node;
  let body: ElementNode | undefined;
  walkSync(doc, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    if (!body && 'data-pagefind-body' in node.attributes) body = node;
    if (node.name === 'h1' && node.attributes['data-pagefind-meta'] === 'title')
      node.attributes['data-pagefind-filter'] = 'chapter';
    if (node.name === 'meta' && node.attributes.name === 'description')
      node.attributes['data-pagefind-meta'] = 'summary[content]';
  });
  if (!body) return { content: html, text: '' };
  const parts: string[] = [];
  walkSync(body, (node) => {
    if (node.type !== TEXT_NODE) return;
    parts.push(decodeEntities(node.value));
    node.value = encodeText(node.value);
  });
  return { content: renderSync(doc), text: parts.join(' ') };
}
