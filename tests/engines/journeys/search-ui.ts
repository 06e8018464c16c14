// Read in the page: the result chapters a search UI shows once it is done with a query (runs in the page).
export interface SearchState {
  done: string | undefined;
  links: string[];
  summary: string;
}

export const searchState = (root: string): SearchState | false => {
  const ui = document.querySelector<HTMLElement>(root);
  if (!ui?.dataset.searchDone || ui.getAttribute('aria-busy') === 'true') return false;
  return {
    done: ui.dataset.searchDone,
    links: [...ui.querySelectorAll<HTMLAnchorElement>('.search-result-link')].map((a) =>
      decodeURI(new URL(a.href).pathname),
    ),
    summary: ui.querySelector('.search-summary')?.textContent ?? '',
  };
};
