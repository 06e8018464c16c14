// The search page: runs ?q= on load and keeps the URL in step with the box, so a search can be linked,
// bookmarked and reloaded. The page's HTML holds the form; this makes it search.
import { connectSearch } from './controller.ts';
import { search } from './engine.ts';
import { nextTask } from '../next-task.ts';

/** The query of a search page URL ("" when absent), and whether it asks for the words exactly as typed. */
function queryFromUrl(href: string): { query: string; literal: boolean } {
  const { searchParams } = new URL(href);
  return { query: searchParams.get('q') ?? '', literal: searchParams.has('literal') };
}

/** The same URL with ?q= set to the query (removed when empty) and &literal as asked, everything else kept. */
function urlWithQuery(href: string, query: string, literal: boolean): string {
  const url = new URL(href);
  url.searchParams.delete('literal');
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  // Written bare (&literal), as the summary's links write it (view.ts queryHref).
  return literal && query.trim() ? `${url.href}&literal` : url.href;
}

/** Start the search page whose elements sit inside `root`. */
function setupSearchPage(root: HTMLElement): void {
  const q = (selector: string): HTMLElement => root.querySelector(selector) as HTMLElement;
  const input = root.querySelector('input[name=q]') as HTMLInputElement;
  const controller = connectSearch(
    {
      root,
      form: root.querySelector('form') as HTMLFormElement,
      input,
      summary: q('.search-summary'),
      list: q('ol'),
      searchPage: location.pathname,
    },
    search,
    (term, count, literal) => {
      const next = urlWithQuery(location.href, term, literal);
      if (next !== location.href) history.replaceState(history.state, '', next);
      // For tests and the benchmark: how many results the list holds.
      root.dataset.searchCount = String(count);
    },
  );
  // A query typed before this ran (or kept by the browser on back) wins over the URL's.
  const asked = queryFromUrl(location.href);
  if (!input.value) input.value = asked.query;
  // In a task after this one, which has loaded and run the search code.
  const query = input.value;
  const literal = asked.literal && query === asked.query;
  if (query) void nextTask().then(() => controller.run(query, literal));
  input.focus();
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) setupSearchPage(root);
