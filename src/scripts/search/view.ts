// Draws the results as the reader sees them: each chapter a link, under it the paragraphs that hold the
// words, each a link with its excerpt and the words in <mark>. The excerpts are the site's own escaped
// HTML (lib/search/results.ts); every other string is set as text, so nothing typed or indexed becomes markup.
import { searchUi } from '../../i18n/ui.ts';
import type { ShapedResult } from '../../lib/search/results.ts';
import type { SearchAnswer } from './correcting.ts';

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

/** The search page's URL for a query: as typed (`literal`) or as the search may correct it. */
function queryHref(searchPage: string, query: string, literal: boolean): string {
  return `${searchPage}?q=${encodeURIComponent(query)}${literal ? '&literal' : ''}`;
}

/** A link that runs another query in the same search UI (controller.ts); a plain link without JavaScript. */
function queryLink(text: string, searchPage: string, query: string, literal: boolean): HTMLAnchorElement {
  const a = link('search-rerun', queryHref(searchPage, query, literal));
  a.textContent = text;
  a.dataset.query = query;
  if (literal) a.dataset.literal = '';
  return a;
}

/**
 * Say what the search found for `query`, in words: how many results; for results that hold most of the words
 * but not all, which words they lack; for a corrected query, which words were not found and a link to the query
 * as typed; for a query asked for as typed that finds nothing whole, «هل تقصد…»; for a query of question words
 * and particles only, that they are not searched alone.
 */
export function renderSummary(summary: HTMLElement, answer: SearchAnswer, query: string, searchPage: string): void {
  const { results, corrected, suggestion, missing, onlyStopWords } = answer;
  if (corrected) {
    summary.replaceChildren(
      searchUi.corrected(results.length, corrected.query, corrected.missed),
      ' ',
      queryLink(searchUi.literal(query), searchPage, query, true),
    );
  } else if (suggestion) {
    summary.replaceChildren(
      results.length > 0 ? searchUi.partial(results.length, query, missing) : searchUi.noneAsTyped(query),
      ' ',
      queryLink(searchUi.didYouMean(suggestion), searchPage, suggestion, false),
    );
  } else if (onlyStopWords) summary.textContent = searchUi.onlyStopWords(query);
  else if (results.length > 0 && missing.length > 0)
    summary.textContent = searchUi.partial(results.length, query, missing);
  else summary.textContent = searchUi.found(results.length, query);
}
