// Connects a search form to its results, for the dialog and the search page alike (site-search.ts): searches
// as the reader types (the latest query wins), draws the results, says how many in words (and what was
// corrected), lets the arrow keys walk from the box through the result links, and on Enter opens the first
// result's best paragraph.
import { searchUi } from '../../i18n/ui.ts';
import { renderResults, renderSummary } from './view.ts';
import type { AnsweringSearch } from './correcting.ts';
import { nextTask } from '../next-task.ts';

/** The elements of one search UI. */
export interface SearchParts {
  /** Holds the rest: where the arrow keys work. */
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  summary: HTMLElement;
  list: HTMLElement;
  /** The search page's URL, which the summary's links (to a query as typed, «هل تقصد…») point to. */
  searchPage: string;
}

/** The parts of the search UI inside `root` (the dialog, or the search page's element), as both write them
 *  (components/SearchForm.astro and the summary and list beside it). */
export function searchParts(root: HTMLElement, searchPage: string): SearchParts {
  return {
    root,
    form: root.querySelector('form') as HTMLFormElement,
    input: root.querySelector('input[name=q]') as HTMLInputElement,
    summary: root.querySelector('.search-summary') as HTMLElement,
    list: root.querySelector('ol') as HTMLOListElement,
    searchPage,
  };
}

export interface SearchController {
  /** Search for `term` now (exactly as typed when `literal`) and show its results. */
  run(term: string, literal?: boolean): Promise<void>;
}

/** Typing pauses shorter than this are one query. */
const DEBOUNCE_MS = 120;
/** A search slower than this says it is searching. */
const SLOW_MS = 400;

/** The element `step` places from the focused one among `items`, or undefined when focus is elsewhere. */
export function stepFocus<T>(items: readonly T[], current: T | null, step: number): T | undefined {
  const at = current === null ? -1 : items.indexOf(current);
  if (at < 0) return undefined;
  return items[Math.min(items.length - 1, Math.max(0, at + step))];
}

export function connectSearch(
  parts: SearchParts,
  search: AnsweringSearch,
  onShown?: (term: string, count: number, literal: boolean) => void,
): SearchController {
  const { root, form, input, summary, list, searchPage } = parts;
  let latest = 0;
  let shown: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run(term: string, literal = false): Promise<void> {
    clearTimeout(timer);
    const id = ++latest;
    const query = term.trim();
    if (!query) {
      shown = term;
      list.replaceChildren();
      summary.textContent = '';
      root.dataset.searchDone = term;
      onShown?.(term, 0, false);
      return;
    }
    list.ariaBusy = 'true';
    // Said only when the answer is slow (the first search on a slow network), so fast ones do not flicker.
    const slow = setTimeout(() => {
      if (id === latest) summary.textContent = searchUi.searching;
    }, SLOW_MS);
    try {
      const answer = await search(query, literal);
      // Drawing and laying out the results in a task of their own.
      await nextTask();
      if (id !== latest) return;
      renderResults(list, answer.results);
      renderSummary(summary, answer, query, searchPage);
      shown = term;
      onShown?.(term, answer.results.length, literal);
    } catch (error) {
      // The dev server says why it has no index (integrations/dev-search.ts); readers see the general message.
      const unavailable = error instanceof Error && error.name === 'SiteSearchUnavailable';
      if (id === latest) summary.textContent = unavailable ? error.message : searchUi.failed;
    } finally {
      clearTimeout(slow);
      if (id === latest) {
        list.ariaBusy = 'false';
        // Which query the UI has finished with, results or not: tests and the benchmark wait on it.
        root.dataset.searchDone = term;
      }
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter in the box opens the answer: the first result's best paragraph (its chapter when it lists none).
    const result = list.querySelector('.search-result');
    const first = result?.querySelector<HTMLAnchorElement>('.search-paragraph-link') ?? list.querySelector('a');
    if (first && shown === input.value) first.click();
    else void run(input.value);
  });
  // The summary's links run their query here, in the same box, rather than loading the search page.
  summary.addEventListener('click', (event) => {
    const a = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-query]');
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    input.value = a.dataset.query ?? '';
    input.focus();
    void run(input.value, a.dataset.literal !== undefined);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items: HTMLElement[] = [input, ...list.querySelectorAll('a')];
    const next = stepFocus(items, document.activeElement as HTMLElement | null, event.key === 'ArrowDown' ? 1 : -1);
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
  return { run };
}
