// The site's search over Pagefind's: the query parsed (lib/search/query.ts: folds, aliases, stop words,
// phrases), candidates retrieved from Pagefind one term at a time, each page matched word by word
// (lib/search/results.ts), ranked by its best paragraphs (lib/search/answer.ts), and shown best first.
import { idf } from '../../lib/search/rank.ts';
import { rankPages } from '../../lib/search/answer.ts';
import { answerKind, countedNoun, isStrict } from '../../lib/search/answer-kind.ts';
import {
  parseQuery,
  phraseGroups,
  relatedStems,
  splitWords,
  stemOf,
  termQueries,
  termStems,
} from '../../lib/search/query.ts';
import {
  matchPage,
  presentPage,
  type FragmentData,
  type PageMatch,
  type ShapedResult,
} from '../../lib/search/results.ts';
import { wordForms } from '../../lib/text/normalize.ts';
import { isQuestionWord } from '../../lib/search/stop-words.ts';
import { looksLikeVerb } from '../../lib/search/verbs.ts';
import type { PagefindResult, SearchFn } from './types.ts';
import { nextTask } from '../next-task.ts';

/** What the site's search gives for a query. */
export interface SiteAnswer {
  /** The pages that answer, best first. */
  results: ShapedResult[];
  /** Whether the results hold every word searched (false when they hold most of them; see `missing`). */
  complete: boolean;
  /** The words (as typed) the first result does not hold, when it does not hold them all. */
  missing: string[];
  /** The words (as typed) that no page holds: what the slip correction may fix. */
  absent: string[];
  /** The query had words, and every one a question word or particle: nothing was searched. */
  onlyStopWords: boolean;
}

export type SiteSearch = (term: string) => Promise<SiteAnswer>;

/**
 * Pages whose data is read for one query, at most: the candidates holding most of the query's weight. A small
 * site reads every candidate; at a thousand chapters a common word would otherwise fetch a thousand fragments.
 */
const MAX_PAGES = 24;

/** The name of the measure of matching and ranking's main-thread time (performance.getEntriesByName). */
export const RANK_MEASURE = 'site-search:match-and-rank';

const nothing = (onlyStopWords = false): SiteAnswer => ({
  results: [],
  complete: false,
  missing: [],
  absent: [],
  onlyStopWords,
});

/** The number of pages in the index, from the totals Pagefind keeps of the chapter filter every page has. */
function indexSize(response: Awaited<ReturnType<SearchFn>>, found: number): number {
  const chapters = Object.values(response?.totalFilters.chapter ?? {}).reduce((a, b) => a + b, 0);
  return Math.max(chapters, found, 1);
}

/** The site's search, built on Pagefind's `search`. */
export function siteSearch(search: SearchFn, paragraphTitle: (n: number) => string): SiteSearch {
  return async (term) => {
    const parsed = parseQuery(term);
    const asked = parsed.filter((t) => !t.stop);
    if (asked.length === 0) return nothing(parsed.length > 0);
    // Retrieval: each term on its own, so that a page holding some of the words is a candidate.
    const retrieved = await Promise.all(
      asked.map(async (t, i) => Promise.all(termQueries(t, i === asked.length - 1).map(async (q) => search(q)))),
    );
    // A question's verb that no page holds (سيصل) is left out, as its question words are (lib/search/verbs.ts).
    const question = splitWords(term).some(isQuestionWord);
    const found = retrieved.map((responses) => responses.some((r) => (r?.results.length ?? 0) > 0));
    const unsaid = asked.map((t, i) => question && !found[i] && t.phrase === undefined && looksLikeVerb(t.typed));
    const kept = unsaid.some(Boolean) && found.some(Boolean);
    const terms = kept ? asked.filter((_, i) => !unsaid[i]) : asked;
    const perTerm = kept ? retrieved.filter((_, i) => !unsaid[i]) : retrieved;
    const byId = new Map<string, { result: PagefindResult; holds: Set<number> }>();
    perTerm.forEach((responses, t) => {
      for (const result of responses.flatMap((r) => r?.results ?? [])) {
        const seen = byId.get(result.id) ?? { result, holds: new Set<number>() };
        if (seen.result.score < result.score) seen.result = result;
        byId.set(result.id, seen);
        seen.holds.add(t);
      }
    });
    const pages = indexSize(perTerm[0]?.[0] ?? null, byId.size);
    const pagesWith = terms.map((_, t) => [...byId.values()].filter((c) => c.holds.has(t)).length);
    // The candidates most likely to answer are read first: the rarer the words a page holds, the likelier.
    const weight = pagesWith.map((n) => idf(pages, n));
    const candidates = [...byId.values()]
      .map((c) => ({ ...c, prior: [...c.holds].reduce((sum, t) => sum + (weight[t] ?? 0), 0) + c.result.score / 1e6 }))
      .sort((a, b) => b.prior - a.prior)
      .slice(0, MAX_PAGES);
    const options = {
      terms: terms.map((t) => wordForms(t.fold)),
      // A quoted word is matched as written: no other forms.
      stems: terms.map((t) => (t.phrase === undefined ? termStems(t.fold, t.typed) : [])),
      related: terms.map((t) => (t.phrase === undefined ? relatedStems(t.fold, t.typed) : [])),
      stemOf,
      phrases: phraseGroups(terms),
      kind: answerKind(splitWords(term)),
      counted: countedNoun(splitWords(term)),
    };
    // Every page's data is asked for at once; each is matched in a task of its own, so that a phone's main
    // thread is never held long enough for a tap or a keystroke to wait.
    const pending = candidates.map((c) => c.result.data());
    const matches: PageMatch[] = [];
    // The main-thread time of matching and ranking, as a User Timing measure the benchmarks read (bench:scale).
    let work = 0;
    const started = performance.now();
    for (const data of pending) {
      const page = (await data) as FragmentData;
      await nextTask();
      const at = performance.now();
      const match = matchPage(page, options);
      if (match) matches.push(match);
      work += performance.now() - at;
    }
    const at = performance.now();
    const ranking = rankPages(matches, terms.length, { pages, pagesWith }, isStrict(options.kind));
    const results = ranking.pages.map((r) =>
      presentPage(matches[r.page] as PageMatch, { order: r.order, paragraphTitle }),
    );
    try {
      performance.measure(RANK_MEASURE, { start: started, duration: work + performance.now() - at });
    } catch {
      // An engine without User Timing level 3 (measure options): the benchmark's figure is all that is lost.
    }
    const first = ranking.pages[0];
    return {
      results,
      complete: ranking.complete,
      missing: first && !ranking.complete ? terms.filter((_, t) => !first.holds[t]).map((t) => t.typed) : [],
      absent: terms.filter((_, t) => !matches.some((m) => (m.found[t]?.length ?? 0) > 0)).map((t) => t.typed),
      onlyStopWords: false,
    };
  };
}
