// Draws the results as the reader sees them: each chapter a link, under it the paragraphs that hold the
// words, each a link with its excerpt and the words in <mark>. The excerpts are the site's own escaped
// HTML (lib/search/results.ts); every other string is set as text, so nothing typed or indexed becomes markup.
import { searchUi } from '../../i18n/ui.ts';
import type { ShapedResult } from '../../lib/search/results.ts';

/** Paragraphs shown under one chapter; a last line says how many more, linking to the chapter. */
const MAX_PARAGRAPHS = 4;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function link(className: string, href: string): HTMLAnchorElement {
  const a = element('a', className);
  a.href = href;
  return a;
}

function excerpt(html: string): HTMLElement {
  const p = element('span', 'search-excerpt');
  p.innerHTML = html;
  return p;
}

/** An excerpt's text without its tags (marks, Latin runs). */

/** One result: the chapter's link, then its matching paragraphs (or the page's excerpt when none). */
function resultItem(result: ShapedResult, maxParagraphs = MAX_PARAGRAPHS): HTMLLIElement {
  const item = element('li', 'search-result');
  const title = link('search-result-link', result.url);
  title.textContent = result.meta.title ?? result.url;
  item.append(title);
  const paragraphs = result.sub_results.slice(0, maxParagraphs);
  if (paragraphs.length === 0) {
    item.append(excerpt(result.excerpt));
    return item;
  }
  const list = element('ul', 'search-paragraphs');
  for (const paragraph of paragraphs) {
    const a = link('search-paragraph-link', paragraph.url);
    const name = element('span', 'search-paragraph-title');
    a.append(name);
    // A subheading's excerpt is the subheading itself: shown once, as the title, with its words marked.
    if (paragraph.kind === 'heading') name.innerHTML = paragraph.excerpt;
    else {
      name.textContent = paragraph.title;
      a.append(excerpt(paragraph.excerpt));
    }
    const li = element('li', '');
    li.append(a);
    list.append(li);
  }
  const more = result.sub_results.length - paragraphs.length;
  if (more > 0) {
    const a = link('search-more', result.url);
    a.textContent = searchUi.moreParagraphs(more);
    const li = element('li', '');
    li.append(a);
    list.append(li);
  }
  item.append(list);
  return item;
}

/** Replace what `list` shows with `results`, in one DOM write. */
export function renderResults(list: HTMLElement, results: readonly ShapedResult[]): void {
  list.replaceChildren(...results.map((r) => resultItem(r)));
}
