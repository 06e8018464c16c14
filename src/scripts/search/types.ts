// The few parts of Pagefind's browser API (pagefind.js) the site's search touches.

/** One result of pagefind.search(): its data is loaded on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<unknown>;
}

/** What pagefind.search() resolves to. */
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  timings?: unknown;
}

/** The search function of a loaded Pagefind instance. */
export type SearchFn = (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
