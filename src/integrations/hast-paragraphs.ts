// A hast step of the Markdown processor (Sätteri, Astro 7's default; the MDX chapters inherit it), run on the
// syntax tree while a chapter compiles: each paragraph that is an article paragraph gets the stable id of its
// place in the article (p-1 … p-23) so links can point at it, a visible link to itself beside it (its number),
// and the Latin words inside it marked as English and kept left to right. The text itself never changes.
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { paragraphId, paragraphNumbers } from '../lib/article/numbers.ts';
import type { Article } from '../lib/article/parse.ts';
import { splitLatinRuns } from '../lib/text/bidi.ts';
import { formatNumber } from '../i18n/numbers.ts';
import { ui } from '../i18n/ui.ts';

/** The text of a paragraph made of text alone; undefined when it holds any element (left as it is). */
function plainText(node: Readonly<Element>): string | undefined {
  let text = '';
  for (const child of node.children) {
    if (child.type !== 'text') return undefined;
    text += child.value;
  }
  return text;
}

/** The runs of a text as nodes: Latin runs in `<span lang="en" dir="ltr">`, the rest as text. */
function withLatinMarked(text: string): ElementContent[] {
  return splitLatinRuns(text).map((run) =>
    run.latin
      ? {
          type: 'element',
          tagName: 'span',
          properties: { lang: 'en', dir: 'ltr' },
          children: [{ type: 'text', value: run.text }],
        }
      : { type: 'text', value: run.text },
  );
}

/** A `<p>` as the site publishes it; undefined to leave it as it is (it holds markup). */
function publishedParagraph(
  node: Readonly<Element>,
  numberOf: (text: string) => number | undefined,
): Element | undefined {
  const text = plainText(node);
  if (text === undefined) return undefined;
  const number = numberOf(text);
  const paragraph: Element = {
    type: 'element',
    tagName: 'p',
    properties: number ? { ...node.properties, id: paragraphId(number) } : { ...node.properties },
    children: withLatinMarked(text),
  };
  return number ? withSelfLink(paragraph, number) : paragraph;
}

/**
 * An article paragraph beside the link to itself, its number in Arabic-Indic digits: outside the <p>, so the
 * paragraph stays the article's text alone; out of the search index and of print (styles: .paragraph-link).
 */
function withSelfLink(paragraph: Element, number: number): Element {
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['paragraph-link'],
      href: `#${paragraphId(number)}`,
      ariaLabel: ui.paragraphLink(number),
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: formatNumber(number) }],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['paragraph'] }, children: [link, paragraph] };
}

/** The plugin, given the parsed article the paragraph numbers come from. */
export function paragraphIds(article: Article) {
  const numberOf = paragraphNumbers(article);
  return defineHastPlugin({
    name: 'site:paragraph-ids',
    element: { filter: ['p'], visit: (node) => publishedParagraph(node, numberOf) },
  });
}
