// Forgiving typing slips: when a query finds no page holding all its words, each of its words that no page
// holds is corrected to the nearest word of the site's vocabulary (lib/search/correct.ts) and the corrected
// query is run instead, as hosted documentation search does; when that finds no page holding them all either,
// the pages holding most of the words are shown. A complete answer, a quoted query, or one the reader asked for
// as typed (`literal`) is never corrected; for the last, the correction is only offered («هل تقصد…»).
import { nearestWord, type Vocabulary } from '../../lib/search/correct.ts';
import type { SiteAnswer, SiteSearch } from './wrap.ts';

/** What the search answers: the site's answer, and what it did to the query, if anything. */
export interface SearchAnswer extends SiteAnswer {
  /** The query typed found nothing whole and this one was run instead: the words replaced, and the query run. */
  corrected?: { missed: string; query: string };
  /** The query asked for as typed found nothing whole; this one would. */
  suggestion?: string;
}

/** The search as the UI calls it: a query, and whether it is to be taken exactly as typed. */
export type AnsweringSearch = (term: string, literal?: boolean) => Promise<SearchAnswer>;

/** Quotes ask for the words exactly: "عملية أستانا" is never corrected. */
const QUOTED = /["«»“”„]/;

/**
 * The site's search, correcting slips from the vocabulary `vocabulary(words)` loads for the words to correct
 * (asked for on a miss only; the browser fetches only the parts those words need).
 */
export function correctingSearch(
  search: SiteSearch,
  vocabulary: (words: readonly string[]) => Promise<Vocabulary | undefined>,
): AnsweringSearch {
  /** The query with its absent words corrected, and those words; undefined when there is nothing to correct. */
  async function correct(
    term: string,
    absent: readonly string[],
  ): Promise<{ missed: string[]; query: string } | undefined> {
    if (absent.length === 0) return undefined;
    const known = await vocabulary(absent);
    if (!known) return undefined;
    const fixes = new Map(absent.map((word) => [word, nearestWord(word, known)] as const));
    const missed = absent.filter((word) => fixes.get(word) !== undefined);
    if (missed.length === 0) return undefined;
    let query = term;
    for (const word of missed) query = query.replace(word, fixes.get(word) ?? word);
    return { missed, query };
  }

  return async (term, literal = false) => {
    const answer = await search(term);
    if (answer.complete || answer.onlyStopWords || QUOTED.test(term)) return answer;
    const fix = await correct(term, answer.absent);
    if (!fix) return answer;
    const again = await search(fix.query);
    // A correction is worth it only when it finds pages holding every word.
    if (!again.complete) return answer;
    if (literal) return { ...answer, suggestion: fix.query };
    return { ...again, corrected: { missed: fix.missed.join(' '), query: fix.query } };
  };
}
