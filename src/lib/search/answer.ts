// Which pages answer a query, in what order, and which of their paragraphs first: the pages that hold every
// searched word; when none does, those that hold most of the query's weight (as Meilisearch and Algolia drop
// words when nothing holds them all). Paragraphs are scored by rank.ts; a page by its best paragraphs. Pure.
import { coverage, documentFrequencies, idf, pageScore, rankOrder, scorePassage, type Passage } from './rank.ts';

/**
 * A page answers a query it does not hold whole only when it holds more than this share of the query's weight
 * (rare words weigh more): "most of them". At or below it, an off-topic word next to a common one (الانتخابات في
 * تركيا) would find every page that names Turkey, and one next to a rare one (كأس العالم) the page of العالمية.
 */
const MIN_COVERAGE = 0.5;

/** What the ranking needs of a matched page. */
export interface RankablePage {
  passages: readonly Passage[];
}

/** The scale of the whole index, for weights: how many pages there are and how many hold each term. */
export interface IndexCounts {
  /** Pages in the index. */
  pages: number;
  /** For each term, how many pages of the index hold it (as retrieval counted them). */
  pagesWith: readonly number[];
}

/** A page as ranked: where it was, its passages best first, whether it holds every term, and its score. */
interface RankedPage {
  page: number;
  order: number[];
  /** For each term, whether the page holds it. */
  holds: boolean[];
  complete: boolean;
  score: number;
}

/** The ranking of some pages, and the weight of each term. */
export interface Ranking {
  pages: RankedPage[];
  weights: number[];
  /** Whether the pages shown each hold every term (false: they hold most of the query, not all). */
  complete: boolean;
}

/**
 * Each term's weight, BM25's idf at paragraph level. Only the pages retrieved are read, so counts are scaled to
 * the whole index: passages per page as in the pages read, and a term's passages in proportion to the pages that
 * hold it but were not read. Exact when every page holding a term was read (a small site always is).
 */
export function termWeights(pages: readonly RankablePage[], terms: number, counts: IndexCounts): number[] {
  const passages = pages.flatMap((p) => p.passages);
  const perPage = passages.length / Math.max(1, pages.length);
  const total = Math.max(passages.length, counts.pages * perPage);
  const df = documentFrequencies(passages, terms);
  return df.map((d, t) => {
    const read = pages.filter((p) => p.passages.some((s) => (s.found[t]?.length ?? 0) > 0)).length;
    const scaled = read > 0 ? d * Math.max(1, (counts.pagesWith[t] ?? read) / read) : 0;
    // A word no page holds weighs as the rarest word that some page holds (found once), not more: unseen, it
    // tells nothing about which page answers, and weighing it most would let one unknown word sink a question.
    return idf(total, Math.min(total, Math.max(1, scaled)));
  });
}

/**
 * Rank matched pages for a query of `terms` terms. `strict`: the question asks for a grain no other word can give
 * (a year, a month, a day: answer-kind.ts isStrict), so a page's paragraphs holding one come first.
 */
export function rankPages(pages: readonly RankablePage[], terms: number, counts: IndexCounts, strict = false): Ranking {
  const weights = termWeights(pages, terms, counts);
  const lengths = pages.flatMap((p) => p.passages.map((s) => s.length));
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  // Holding the kind of thing asked for (a date for متى) counts only in the passages that hold as many of the
  // question's words as any passage does: a date beside two of its words does not outrank all three without one.
  const held = (passage: Passage) => passage.found.filter((positions) => positions.length > 0).length;
  const fullest = Math.max(0, ...pages.flatMap((p) => p.passages.map(held)));
  const ranked = pages.map((page, index): RankedPage => {
    const scores = page.passages.map((passage) =>
      scorePassage(
        passage.answers && held(passage) < fullest ? { ...passage, answers: false } : passage,
        weights,
        average,
      ),
    );
    const order = rankOrder(
      scores,
      page.passages.map((passage) => strict && passage.answers === true),
    );
    const holds = Array.from({ length: terms }, (_, t) => page.passages.some((s) => (s.found[t]?.length ?? 0) > 0));
    return { page: index, order, holds, complete: holds.every(Boolean), score: pageScore(scores) };
  });
  const complete = ranked.filter((p) => p.complete);
  const shown = complete.length > 0 ? complete : ranked.filter((p) => coverage(p.holds, weights) > MIN_COVERAGE);
  return {
    pages: shown.sort((a, b) => b.score - a.score || a.page - b.page),
    weights,
    complete: complete.length > 0,
  };
}
