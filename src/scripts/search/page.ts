// The search page, run after Pagefind's Component UI (pages/search.astro): runs ?q= on load and keeps the URL
// in step with the input, so a search can be linked, bookmarked and reloaded.
import { loadSearch } from './load.ts';

/** The query of a search page URL: "" when absent. */
export function queryFromUrl(href: string): string {
  return new URL(href).searchParams.get('q') ?? '';
}

/** The same URL with ?q= set to the query (removed when empty), everything else kept. */
export function urlWithQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  return url.href;
}

/** Start the search page whose elements sit inside `root` (which names the bundle in data-bundle). */
export async function setupSearchPage(root: HTMLElement): Promise<void> {
  const query = queryFromUrl(location.href);
  const sync = (term: string): void => {
    const next = urlWithQuery(location.href, term);
    if (next !== location.href) history.replaceState(history.state, '', next);
  };
  // Listening on the page, not the instance, so that typing before the search has loaded is not lost.
  root.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.closest('pagefind-input')) sync(event.target.value);
  });
  const instance = await loadSearch(root.dataset.bundle ?? '/pagefind/');
  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  instance.on('search', sync);
  instance.on('results', (result) => {
    if (empty) empty.hidden = !(instance.searchTerm.trim() && result.results.length === 0);
    // For tests and the benchmark: which query the list now shows, and how many results it holds.
    root.dataset.searchDone = instance.searchTerm;
    root.dataset.searchCount = String(result.results.length);
  });
  const input = root.querySelector<HTMLInputElement>('pagefind-input input');
  if (input && !input.value) input.value = query;
  const term = input?.value ?? query;
  if (term) instance.triggerSearch(term);
  input?.focus();
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void setupSearchPage(root);
