// The EPUB 3 edition of the article, as files: container, package document, navigation document, a title page
// with the source note, one XHTML file per chapter in reading order, the stylesheet and the subset fonts. All
// markup is built as xast trees and serialised by xast-util-to-xml, never by joining strings of tags. Arabic and
// right to left throughout. Pure: the same input gives the same files, whatever the build or its base path.
import type { Element, ElementContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';

/** A chapter as the book holds it: its id, its (editorial) title and its blocks in order. */
export interface BookChapter {
  id: string;
  title: string;
  blocks: readonly { kind: 'paragraph' | 'heading'; text: string; number: number }[];
}

export interface BookInput {
  /** urn:uuid:…, the same for the same text. */
  identifier: string;
  title: string;
  categories: readonly string[];
  /** Who made the book (dc:creator, with no role: Calibre shows a creator as the author only without one or as
   *  `aut`, and "Unknown" for the compiler role). */
  creator: string;
  /** Where the text comes from (dc:source), and the title page's note on it. */
  sourceNote: string;
  editorialNote: string;
  /** The label of the table of contents. */
  contents: string;
  /** ISO date-time without fractions, as dcterms:modified wants it (CCYY-MM-DDThh:mm:ssZ). */
  modified: string;
  chapters: readonly BookChapter[];
  /** Font files to embed, by file name (naskh-arabic-400.woff2 …), with the weight each is. */
  fonts: readonly { file: string; weight: number; data: Uint8Array }[];
}

export interface BookFile {
  path: string;
  data: Uint8Array | string;
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const OPS = 'http://www.idpf.org/2007/ops';
const xml = (tree: Element): string =>
  toXml([
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
    { type: 'text', value: '\n' },
    tree,
  ]);

/** An XHTML content document, Arabic and right to left. */
function xhtml(title: string, body: ElementContent[], type?: string): string {
  const root: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      { type: 'doctype', name: 'html' },
      { type: 'text', value: '\n' },
      x('html', { xmlns: XHTML, 'xmlns:epub': OPS, lang: 'ar', 'xml:lang': 'ar', dir: 'rtl' }, [
        x('head', [
          x('meta', { charset: 'utf-8' }),
          x('title', title),
          x('link', { rel: 'stylesheet', type: 'text/css', href: 'style.css' }),
        ]),
        x('body', type ? { 'epub:type': type } : {}, body),
      ]),
    ],
  };
  return toXml(root);
}

/** Latin runs inside Arabic text, marked English and left to right, as on the site. */
function withLatin(text: string): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(/[A-Za-z][A-Za-z0-9.'’-]*[A-Za-z0-9]|[A-Za-z]/g)) {
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push(x('span', { lang: 'en', 'xml:lang': 'en', dir: 'ltr' }, match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

const chapterFile = (c: BookChapter): string => `${c.id}.xhtml`;

/** The embedded faces' CSS family: not the name of a font a reader may have installed (Noto Naskh Arabic, next in
 *  the stack), so the book's own faces are the ones drawn wherever a reader loads them. */
const BOOK_FAMILY = 'Noto Naskh Arabic Book';

function stylesheet(fonts: BookInput['fonts']): string {
  const faces = fonts.map(
    (f) =>
      `@font-face { font-family: "${BOOK_FAMILY}"; font-weight: ${f.weight}; src: url("fonts/${f.file}") format("woff2"); }`,
  );
  return `${[
    ...faces,
    `body { font-family: "${BOOK_FAMILY}", "Noto Naskh Arabic", serif; line-height: 1.9; margin: 0 5%; }`,
    'h1 { font-size: 1.6em; line-height: 1.5; margin: 1em 0 0.8em; page-break-after: avoid; }',
    'h2 { font-size: 1.25em; margin: 1.4em 0 0.6em; page-break-after: avoid; }',
    'p { margin: 0 0 0.9em; text-align: justify; orphans: 2; widows: 2; }',
    '.number { font-size: 0.75em; color: #666; margin-inline-end: 0.4em; }',
    '.note { font-size: 0.9em; color: #444; }',
    'ul.categories { list-style: none; padding: 0; color: #444; }',
    'nav ol { list-style: none; padding-inline-start: 1em; }',
  ].join('\n')}\n`;
}

function titlePage(input: BookInput): string {
  return xhtml(
    input.title,
    [
      x('section', { 'epub:type': 'titlepage' }, [
        x('h1', input.title),
        x(
          'ul',
          { class: 'categories' },
          input.categories.map((c) => x('li', c)),
        ),
        x('p', { class: 'note' }, input.sourceNote),
        x('p', { class: 'note' }, input.editorialNote),
      ]),
    ],
    'frontmatter',
  );
}

function chapterPage(chapter: BookChapter): string {
  const body: ElementContent[] = [x('h1', chapter.title)];
  for (const block of chapter.blocks) {
    if (block.kind === 'heading') body.push(x('h2', { id: `h-${block.number}` }, block.text));
    else body.push(x('p', { id: `p-${block.number}` }, withLatin(block.text)));
  }
  return xhtml(chapter.title, [x('section', { 'epub:type': 'chapter' }, body)], 'bodymatter');
}

function navigation(input: BookInput): string {
  const item = (c: BookChapter) => {
    const headings = c.blocks.filter((b) => b.kind === 'heading');
    return x('li', [
      x('a', { href: chapterFile(c) }, c.title),
      ...(headings.length
        ? [
            x(
              'ol',
              headings.map((h) => x('li', [x('a', { href: `${chapterFile(c)}#h-${h.number}` }, h.text)])),
            ),
          ]
        : []),
    ]);
  };
  return xhtml(input.contents, [
    x('nav', { 'epub:type': 'toc', id: 'toc' }, [
      x('h1', input.contents),
      x('ol', [x('li', [x('a', { href: 'title.xhtml' }, input.title)]), ...input.chapters.map(item)]),
    ]),
  ]);
}

function packageDocument(input: BookInput): string {
  const items = [
    x('item', { id: 'nav', href: 'nav.xhtml', 'media-type': 'application/xhtml+xml', properties: 'nav' }),
    x('item', { id: 'css', href: 'style.css', 'media-type': 'text/css' }),
    ...input.fonts.map((f, i) =>
      x('item', { id: `font-${i + 1}`, href: `fonts/${f.file}`, 'media-type': 'font/woff2' }),
    ),
    x('item', { id: 'title', href: 'title.xhtml', 'media-type': 'application/xhtml+xml' }),
    ...input.chapters.map((c, i) =>
      x('item', { id: `chapter-${i + 1}`, href: chapterFile(c), 'media-type': 'application/xhtml+xml' }),
    ),
  ];
  return xml(
    x(
      'package',
      {
        xmlns: 'http://www.idpf.org/2007/opf',
        version: '3.0',
        'unique-identifier': 'pub-id',
        'xml:lang': 'ar',
        dir: 'rtl',
      },
      [
        x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
          x('dc:identifier', { id: 'pub-id' }, input.identifier),
          x('dc:title', input.title),
          x('dc:language', 'ar'),
          x('dc:creator', input.creator),
          x('dc:source', input.sourceNote),
          x('meta', { property: 'dcterms:modified' }, input.modified),
        ]),
        x('manifest', items),
        x('spine', { 'page-progression-direction': 'rtl' }, [
          x('itemref', { idref: 'title' }),
          ...input.chapters.map((_, i) => x('itemref', { idref: `chapter-${i + 1}` })),
        ]),
      ],
    ),
  );
}

const CONTAINER = x('container', { version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container' }, [
  x('rootfiles', [x('rootfile', { 'full-path': 'OEBPS/content.opf', 'media-type': 'application/oebps-package+xml' })]),
]);

/** The book's files, in the order the archive holds them (mimetype first, as EPUB requires). */
export function bookFiles(input: BookInput): BookFile[] {
  return [
    { path: 'mimetype', data: 'application/epub+zip' },
    { path: 'META-INF/container.xml', data: xml(CONTAINER) },
    { path: 'OEBPS/content.opf', data: packageDocument(input) },
    { path: 'OEBPS/nav.xhtml', data: navigation(input) },
    { path: 'OEBPS/style.css', data: stylesheet(input.fonts) },
    ...input.fonts.map((f) => ({ path: `OEBPS/fonts/${f.file}`, data: f.data })),
    { path: 'OEBPS/title.xhtml', data: titlePage(input) },
    ...input.chapters.map((c) => ({ path: `OEBPS/${chapterFile(c)}`, data: chapterPage(c) })),
  ];
}
