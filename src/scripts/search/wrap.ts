// Wraps Pagefind's search so the Component UI searches the way the site does: the query normalised and
// its aliases resolved (lib/search/query.ts), results kept only when every word is really in the page,
// excerpts and paragraph sub-results rebuilt from the words as written (lib/search/results.ts).
import { pagefindQueries, parseQuery } from '../../lib/search/query.ts';
import { shapeResult, type FragmentData } from '../../lib/search/results.ts';
import { wordForms } from '../../lib/search/normalize.ts';
import type { PagefindResponse, PagefindResult, SearchFn } from './types.ts';

const empty = (): PagefindResponse => ({ results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} });

/** A drop-in replacement for pagefind.search built on the original. */
export function wrapSearch(search: SearchFn, paragraphTitle: (n: number) => string): SearchFn {
  return async (term, options) => {
    const terms = parseQuery(term ?? '');
    const queries = pagefindQueries(terms);
    if (queries.length === 0) return empty();
    const responses = await Promise.all(queries.map((q) => search(q, options)));
    const byId = new Map<string, PagefindResult>();
    for (const response of responses) {
      for (const result of response?.results ?? []) {
        const seen = byId.get(result.id);
        if (!seen || seen.score < result.score) byId.set(result.id, result);
      }
    }
    const readings = terms.map((t) => wordForms(t.fold));
    const shaped = await Promise.all(
      [...byId.values()].map(async (result) => {
        const data = shapeResult((await result.data()) as FragmentData, { terms: readings, paragraphTitle });
        return data ? { ...result, data: async () => data } : undefined;
      }),
    );
    const results = shaped.filter((r) => r !== undefined).sort((a, b) => b.score - a.score);
    const first = responses.find((r) => r) ?? empty();
    return { ...first, results, unfilteredResultCount: results.length };
  };
}
