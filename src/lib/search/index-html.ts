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
 * the parsed body (ultrahtml), so attribute order and nesting do not matter; the body is found by its tags and
 * parsed alone, the whole page only when it is not plain enough for that (indexedPage).
 */
export function prepareForIndex(html: string): string {
  return indexedPage(html).content;
}

/** The patterns indexedPageQuick reads a page with; made on first use (the browser's search imports this module too). */
let made: { tag: string; body: RegExp; title: RegExp; description: RegExp; notPlain: RegExp } | undefined;
function tagPatterns(): NonNullable<typeof made> {
  /** A start tag's attributes, quoted values read whole (a `>` inside one does not end the tag). */
  const tag = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;
  return (made ??= {
    tag,
    /** The first start tag that carries data-pagefind-body, its name captured. */
    body: new RegExp(String.raw`<([a-zA-Z][\w-]*)(?=[\s/>])${tag}?\sdata-pagefind-body(?=[\s=/>])${tag}>`),
    /** The start tags the index reads metadata from: a heading marked as the title, the page description. */
    title: new RegExp(String.raw`<h1(?=[\s/>])${tag}>`, 'g'),
    description: new RegExp(String.raw`<meta(?=[\s/>])${tag}>`, 'g'),
    /** What the shortcut does not read the way a parser would: it leaves such a body to the parser. */
    notPlain: /<(?:script|style|textarea|template|title|!--|!\[CDATA)/i,
  });
}

/** Where the element marked data-pagefind-body starts and ends in `html` (its start tag to its end tag, both
 *  included), read at its tags; undefined when there is none or its end is not found. */
function bodyRange(html: string): [number, number] | undefined {
  const patterns = tagPatterns();
  const open = patterns.body.exec(html);
  if (!open) return undefined;
  const name = open[1] ?? '';
  // The body's end: the end tag that closes its start tag, counting the same element's tags nested inside.
  const tags = new RegExp(String.raw`<(/?)${name}(?=[\s/>])${patterns.tag}>`, 'gi');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    if (tag[1]) depth--;
    else if (!tag[0].endsWith('/>')) depth++;
    if (depth === 0) return [open.index, tag.index + tag[0].length];
  }
  return undefined;
}

/** Whether `at` in `html` falls inside a comment or an element whose content is not markup (script, template…). */
function insideRawText(html: string, at: number): boolean {
  const before = html.slice(0, at);
  if (before.lastIndexOf('<!--') > before.lastIndexOf('-->')) return true;
  return ['script', 'style', 'template', 'textarea', 'title'].some(
    (name) =>
      (before.match(new RegExp(`<${name}(?=[\\s>])`, 'gi'))?.length ?? 0) >
      (before.match(new RegExp(`</${name}>`, 'gi'))?.length ?? 0),
  );
}

/**
 * What Pagefind reads of a page prepared for the index, without the rest: its head (the title, the description),
 * the headings outside the body that carry Pagefind's metadata or filters (a chapter's h1), and the indexed body,
 * about a third of a chapter page. The index Pagefind writes from it is byte for byte the one it writes from the
 * whole page (tests/dist/search-index.test.ts), in less time. The page as it is when anything else outside the
 * body speaks to Pagefind, or the page is not plain enough to be read at its tags.
 */
export function withoutChrome(html: string): string {
  const headEnd = html.indexOf('</head>');
  const range = bodyRange(html);
  if (headEnd < 0 || !range || headEnd > range[0]) return html;
  const [start, end] = range;
  const headings: string[] = [];
  const heading = new RegExp(String.raw`<h([1-6])(?=[\s/>])${tagPatterns().tag}>[\s\S]*?</h\1>`, 'gi');
  const outside = (from: number, to: number) =>
    html.slice(from, to).replace(heading, (element, _level, offset: number) => {
      if (!/^<h[1-6]\s[^>]*data-pagefind-(?:meta|filter)/i.test(element)) return element;
      if (insideRawText(html, from + offset)) return element;
      headings.push(element);
      return '';
    });
  const rest = outside(headEnd, start) + outside(end, html.length);
  if (/data-pagefind-(?!ignore)/i.test(rest)) return html;
  return `${html.slice(0, headEnd)}</head><body>${headings.join('')}${html.slice(start, end)}</body></html>`;
}

/** A start tag with one more attribute, before its end (`>` or `/>`). */
const withAttribute = (tag: string, attribute: string): string =>
  tag.replace(/\s*\/?>$/, (end) => ` ${attribute}${end}`);

/**
 * indexedPage without parsing the whole page: the body marked data-pagefind-body is cut out at its tags and
 * parsed alone (about a tenth of a page), the two start tags the index reads metadata from are amended in
 * place, and the rest of the page is passed on as it was written. Undefined when the page is not plain
 * enough to be read this way (then the whole page is parsed).
 */
function indexedPageQuick(html: string): { content: string; text: string } | undefined {
  const patterns = tagPatterns();
  const range = bodyRange(html);
  if (!range) return undefined;
  const [start, end] = range;
  const head = html.slice(0, start);
  const tail = html.slice(end);
  if (patterns.notPlain.test(html.slice(start, end))) return undefined;
  // The title and description tags outside the body, amended as the parser would; any written otherwise than
  // Astro writes them (an attribute unquoted or in single quotes, or already there) leaves the page to the parser.
  const odd: string[] = [];
  const amend = (tag: string, marked: RegExp, present: RegExp, attribute: string): string => {
    if (/\s(?:data-pagefind-[a-z]+|name)=(?!")/.test(tag)) odd.push(tag);
    if (!marked.test(tag)) return tag;
    if (present.test(tag)) odd.push(tag);
    return withAttribute(tag, attribute);
  };
  const metadata = (part: string) =>
    part
      .replace(patterns.title, (tag) =>
        amend(
          tag,
          /\sdata-pagefind-meta="title"(?=[\s/>])/,
          /\sdata-pagefind-filter[\s=/>]/,
          'data-pagefind-filter="chapter"',
        ),
      )
      .replace(patterns.description, (tag) =>
        amend(
          tag,
          /\sname="description"(?=[\s/>])/,
          /\sdata-pagefind-meta[\s=/>]/,
          'data-pagefind-meta="summary[content]"',
        ),
      );
  const before = metadata(head);
  const after = metadata(tail);
  if (odd.length > 0) return undefined;
  const body = indexedPageParsed(html.slice(start, end));
  return { content: `${before}${body.content}${after}`, text: body.text };
}

/** What the index step needs of a page: the page prepared for the index, and its body's text. */
export function indexedPage(html: string): { content: string; text: string } {
  return indexedPageQuick(html) ?? indexedPageParsed(html);
}

/** indexedPage from one parse of the whole page. */
function indexedPageParsed(html: string): { content: string; text: string } {
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
