// Forgiving typing slips: when a query finds nothing, each of its words that finds nothing alone is corrected
// to the nearest word of the site's vocabulary (lib/search/correct.ts) and the corrected query is run instead,
// as hosted documentation search does. A query with matches, a quoted one, or one the reader asked for as typed
// (`literal`) is never corrected; for the last, the correction is only offered («هل تقصد…»).
import { nearestWord, type Vocabulary } from '../../lib/search/correct.ts';
import { splitWords } from '../../lib/search/query.ts';
import type { ShapedResult } from '../../lib/search/results.ts';
import type { SiteSearch } from './wrap.ts';

/** What the search answers: the results shown, and what it did to the query, if anything. */
export interface SearchAnswer {
  results: ShapedResult[];
  /** The query typed found nothing and this one was run instead: the words replaced, and the query run. */
  corrected?: { missed: string; query: string };
  /** The query asked for as typed found nothing; this one would find something. */
  suggestion?: string;
}

/** The search as the UI calls it: a query, and whether it is to be taken exactly as typed. */
export type AnsweringSearch = (term: string, literal?: boolean) => Promise<SearchAnswer>;

/** Quotes ask for the words exactly: "عملية أستانا" is never corrected. */
const QUOTED = /["«»“”„]/;

/** The site's search, correcting slips from the vocabulary `vocabulary()` loads (asked for on a miss only). */
export function correctingSearch(
  search: SiteSearch,
  vocabulary: () => Promise<Vocabulary | undefined>,
): AnsweringSearch {
  /** The query with its missed words corrected, and those words; undefined when there is nothing to correct. */
  async function correct(term: string): Promise<{ missed: string[]; query: string } | undefined> {
    const known = await vocabulary();
    if (!known) return undefined;
    const words = splitWords(term);
    const fixes = words.map((word) => nearestWord(word, known));
    if (fixes.every((fix) => fix === undefined)) return undefined;
    // A word is missed when it finds nothing alone (one word: the query itself, known to find nothing).
    const missed = await Promise.all(
      words.map(async (word, i) => fixes[i] !== undefined && (words.length === 1 || (await search(word)).length === 0)),
    );
    if (!missed.includes(true)) return undefined;
    return {
      missed: words.filter((_, i) => missed[i]),
      query: words.map((word, i) => (missed[i] ? (fixes[i] ?? word) : word)).join(' '),
    };
  }

  return async (term, literal = false) => {
    const results = await search(term);
    if (results.length > 0 || QUOTED.test(term)) return { results };
    const fix = await correct(term);
    if (!fix) return { results };
    const again = await search(fix.query);
    if (again.length === 0) return { results };
    if (literal) return { results, suggestion: fix.query };
    return { results: again, corrected: { missed: fix.missed.join(' '), query: fix.query } };
  };
}
