// The few parts of Pagefind's browser API (pagefind.js and the Component UI) the site's search touches.

/** One result of pagefind.search(): its data is loaded on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<unknown>;
}

/** What pagefind.search() resolves to. */
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  timings?: unknown;
}

/** The search function of a loaded Pagefind instance. */
export type SearchFn = (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;

/** A Component UI instance: the shared state of every pagefind-* element on the page. */
export interface ComponentInstance {
  __pagefind__: { search: SearchFn } | null;
  searchTerm: string;
  applyOptions(options: Record<string, unknown>): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  setTranslations(strings: Record<string, string>): void;
  translate(key: string, params?: Record<string, unknown>): string;
  on(event: 'search', callback: (term: string) => void): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
}

/** window.PagefindComponents, set by pagefind-component-ui.js. */
export interface ComponentsGlobal {
  configureInstance(name: string, options: Record<string, unknown>): ComponentInstance;
  getInstanceManager(): { getInstance(name: string): ComponentInstance };
}

/** window.PagefindHighlight, set by pagefind-highlight.js: marks words on a page. */
export type HighlightConstructor = new (options: Record<string, unknown>) => unknown;

declare global {
  interface Window {
    PagefindComponents?: ComponentsGlobal;
    PagefindHighlight?: HighlightConstructor;
  }
}
