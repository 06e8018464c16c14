// The site's search over Pagefind's: the query normalised and its aliases resolved (lib/search/query.ts),
// a page kept only when every word is really in it, and its excerpts and paragraphs rebuilt from the words
// as written (lib/search/results.ts).
import { pagefindQueries, parseQuery, phraseGroups, stemOf, termStems } from '../../lib/search/query.ts';
import { shapeResult, type FragmentData, type ShapedResult } from '../../lib/search/results.ts';
import { wordForms } from '../../lib/search/normalize.ts';
import type { PagefindResult, SearchFn } from './types.ts';
import { nextTask } from '../next-task.ts';

/** What the site's search gives for a query: the matching pages, best first. */
export type SiteSearch = (term: string) => Promise<ShapedResult[]>;

/** The site's search, built on Pagefind's `search`. */
export function siteSearch(search: SearchFn, paragraphTitle: (n: number) => string): SiteSearch {
  return async (term) => {
    const terms = parseQuery(term);
    const queries = pagefindQueries(terms);
    if (queries.length === 0) return [];
    const responses = await Promise.all(queries.map((q) => search(q)));
    // A page found by several of the queries counts once, at its best score.
    const byId = new Map<string, PagefindResult>();
    for (const response of responses) {
      for (const result of response?.results ?? []) {
        const seen = byId.get(result.id);
        if (!seen || seen.score < result.score) byId.set(result.id, result);
      }
    }
    const best = [...byId.values()].sort((a, b) => b.score - a.score);
    const readings = terms.map((t) => wordForms(t.fold));
    // A quoted word is matched as written: no other forms.
    const stems = terms.map((t) => (t.phrase === undefined ? termStems(t.fold) : []));
    const phrases = phraseGroups(terms);
    // Every page's data is asked for at once; each is shaped in a task of its own, so that a phone's
    // main thread is never held long enough for a tap or a keystroke to wait.
    const pending = best.map((result) => result.data());
    const shaped: ShapedResult[] = [];
    for (const data of pending) {
      const page = (await data) as FragmentData;
      await nextTask();
      const result = shapeResult(page, { terms: readings, stems, stemOf, phrases, paragraphTitle });
      if (result) shaped.push(result);
    }
    return shaped;
  };
}
