// The search page: runs ?q= on load and keeps the URL in step with the box, so a search can be linked,
// bookmarked and reloaded. The page's HTML holds the form; this makes it search.
import { connectSearch } from './controller.ts';
import { search } from './engine.ts';
import { nextTask } from '../next-task.ts';

/** The query of a search page URL: "" when absent. */
function queryFromUrl(href: string): string {
  return new URL(href).searchParams.get('q') ?? '';
}

/** The same URL with ?q= set to the query (removed when empty), everything else kept. */
function urlWithQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  return url.href;
}

/** Start the search page whose elements sit inside `root`. */
function setupSearchPage(root: HTMLElement): void {
  const q = (selector: string): HTMLElement => root.querySelector(selector) as HTMLElement;
  const input = root.querySelector('input[name=q]') as HTMLInputElement;
  const controller = connectSearch(
    { root, form: root.querySelector('form') as HTMLFormElement, input, summary: q('.search-summary'), list: q('ol') },
    search,
    (term, count) => {
      const next = urlWithQuery(location.href, term);
      if (next !== location.href) history.replaceState(history.state, '', next);
      // For tests and the benchmark: how many results the list holds.
      root.dataset.searchCount = String(count);
    },
  );
  // A query typed before this ran (or kept by the browser on back) wins over the URL's.
  if (!input.value) input.value = queryFromUrl(location.href);
  // In a task after this one, which has loaded and run the search code.
  const query = input.value;
  if (query) void nextTask().then(() => controller.run(query));
  input.focus();
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) setupSearchPage(root);
