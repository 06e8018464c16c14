// A hast step of the Markdown processor (Sätteri, Astro 7's default; the MDX chapters inherit it), run on the
// syntax tree while a chapter compiles: each paragraph that is an article paragraph gets the stable id of its
// place in the article (p-1 … p-23) so links can point at it, and the Latin words inside it are marked as
// English and kept left to right. The text itself never changes.
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { paragraphId, paragraphNumbers } from '../lib/article/numbers.ts';
import type { Article } from '../lib/article/parse.ts';
import { splitLatinRuns } from '../lib/text/bidi.ts';

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
  return {
    type: 'element',
    tagName: 'p',
    properties: number ? { ...node.properties, id: paragraphId(number) } : { ...node.properties },
    children: withLatinMarked(text),
  };
}

/** The plugin, given the parsed article the paragraph numbers come from. */
export function paragraphIds(article: Article) {
  const numberOf = paragraphNumbers(article);
  return defineHastPlugin({
    name: 'site:paragraph-ids',
    element: { filter: ['p'], visit: (node) => publishedParagraph(node, numberOf) },
  });
}
