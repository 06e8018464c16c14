// Shapes one Pagefind result for the reader: finds where each searched word really is in the page, paragraph
// by paragraph (matchPage), and rebuilds excerpts from the words as written, one sub-result per matching
// paragraph in the order the ranking gives (presentPage).
import { markLatinRuns } from '../text/bidi.ts';
import { holdsAnswer, type AnswerKind } from './answer-kind.ts';
import { smallestSpan } from './rank.ts';
import { decodeWord } from './index-html.ts';
import { foldWords, foldedForms, formsMatch, trimEdges } from '../text/normalize.ts';

/** The parts of Pagefind's result data this module reads. */
export interface FragmentData {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors?: { element: string; id: string; text?: string; location: number }[];
  [key: string]: unknown;
}

/** A place in a chapter that matches: an article paragraph (p-N) or a subheading. */
interface SubResult {
  /** What the place is, so the view draws a paragraph (label and excerpt) or a subheading (its own words). */
  kind: 'paragraph' | 'heading';
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}

/** A chapter that matches, with its excerpt rebuilt from the original text and its matching places. */
export interface ShapedResult extends FragmentData {
  excerpt: string;
  locations: number[];
  sub_results: SubResult[];
}

/** Query-side strings a result needs: the term readings and the labels of paragraph sub-results. */
export interface ShapeOptions {
  terms: readonly (readonly string[])[];
  /** The stems of each term (parallel to `terms`): a word whose stem is one of them is another form of it. */
  stems?: readonly (readonly string[])[];
  /** The stems of each term's related forms (the lexicon's): found too, but marked weak for the ranking. */
  related?: readonly (readonly string[])[];
  /** The stem of a word's reading, or undefined for a name (names have no plural or pronoun forms). */
  stemOf?: (reading: string) => string | undefined;
  /** Quoted phrases: the indexes of their terms, which must follow each other in the page, in order. */
  phrases?: readonly (readonly number[])[];
  /** What the question asks for (a time, a number, a place): each passage says whether it holds one. */
  kind?: AnswerKind | undefined;
  /** The stems of the noun a «كم» question counts (answer-kind.ts countedNoun): its number is the answer. */
  counted?: readonly string[] | undefined;
  paragraphTitle: (n: number) => string;
  highlightParam?: string;
  excerptWords?: number;
}

/** An excerpt of the words around the first match, escaped, with the matching words in <mark>. */
export function buildExcerpt(
  words: readonly string[],
  hits: ReadonlySet<number>,
  from: number,
  to: number,
  size: number,
): string {
  const first = [...hits].filter((i) => i >= from && i < to).sort((a, b) => a - b)[0] ?? from;
  const start = Math.max(from, Math.min(first - Math.floor(size / 3), to - size));
  const end = Math.min(to, start + size);
  const parts: string[] = [];
  for (let i = start; i < end; i++) {
    // Latin words as on the reading pages: marked English and kept left to right (lib/text/bidi.ts).
    const word = markLatinRuns(words[i] ?? '');
    parts.push(hits.has(i) ? `<mark>${word}</mark>` : word);
  }
  return `${start > from ? '… ' : ''}${parts.join(' ')}${end < to ? ' …' : ''}`;
}

/** A result URL with the words to highlight on landing and an optional fragment. */
export function withHighlight(url: string, words: readonly string[], hash = '', param = 'pagefind-highlight'): string {
  const [path = '', query = ''] = url.split('#')[0]?.split('?') ?? [];
  const params = new URLSearchParams(query);
  for (const word of words) params.append(param, word);
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

/**
 * The positions of the words that a query word (its readings) finds. A reading of a word is a suffix of
 * its fold, so a word whose fold contains no reading of the query word is passed over without working
 * out its readings: most words of a page.
 */
export function findTerm(
  term: readonly string[],
  folded: readonly string[],
  stems: readonly string[] = [],
  stemOf: (reading: string) => string | undefined = () => undefined,
): number[] {
  const found: number[] = [];
  // A word holds its stem but for a final ة, which its other forms spell ت or drop (سفارتها, علاقات).
  const cores = stems.map((s) => s.replace(/ه$/, ''));
  folded.forEach((word, i) => {
    if (term.some((q) => word.includes(q)) && formsMatch(term, foldedForms(word))) found.push(i);
    else if (cores.some((c) => word.includes(c))) {
      const forms = foldedForms(word).map(stemOf);
      if (forms.some((f) => f !== undefined && stems.includes(f))) found.push(i);
    }
  });
  return found;
}

/** Where a phrase starts: the positions of its first word followed by each next word, in order. */
export function phraseStarts(positions: readonly (readonly number[])[]): number[] {
  const sets = positions.map((p) => new Set(p));
  return (positions[0] ?? []).filter((p) => sets.every((set, j) => set.has(p + j)));
}

/** A linkable part of a page (a paragraph p-N or a subheading), or the words before the first (no anchor). */
interface PassageSpan {
  id?: string | undefined;
  from: number;
  to: number;
  /** Its words (to - from). */
  length: number;
  /** For each term, its positions inside the passage. */
  found: number[][];
  /** For each term, those of its positions found only through a related form (the lexicon's). */
  weak: number[][];
  /** It holds what the question asks for, beyond the query's own words (answer-kind.ts). */
  answers: boolean;
}

/** How far from the words of the question, in words, the answer it asks for may stand: about a clause. */
export const ANSWER_REACH = 6;

/**
 * Where in a passage the answer to a question may be: the fewest words holding the query's words found there,
 * widened by ANSWER_REACH each side (as question-answering rankers weigh an answer by its distance to the
 * question's words): «متى حصلت كازاخستان على استقلالها» is answered by the date beside «استقلالها», not by the
 * year of another sentence of a paragraph that also names Kazakhstan.
 */
export function answerReach(
  found: readonly (readonly number[])[],
  span: { from: number; to: number },
): [number, number] {
  const words = smallestSpan(found);
  if (!words) return [span.from, span.to];
  return [Math.max(span.from, words[0] - ANSWER_REACH), Math.min(span.to, words[1] + ANSWER_REACH + 1)];
}

/** Where a page holds the searched words: its words as written, each term's positions, its passages. */
export interface PageMatch {
  data: FragmentData;
  words: string[];
  /** For each term (in query order), its positions in the page; empty for a term the page lacks. */
  found: number[][];
  passages: PassageSpan[];
}

/** What matchPage needs of the query. */
export type MatchOptions = Pick<
  ShapeOptions,
  'terms' | 'stems' | 'related' | 'stemOf' | 'phrases' | 'kind' | 'counted'
>;

/**
 * Where the page holds each searched word, paragraph by paragraph; undefined when it holds none, or lacks a
 * quoted phrase (a quote asks for those words, in that order). A page may lack some words: how much of the
 * query it holds is for the ranking (lib/search/answer.ts) to weigh.
 */
export function matchPage(data: FragmentData, options: MatchOptions): PageMatch | undefined {
  const words = data.content
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map(decodeWord);
  const folded = foldWords(words);
  const own = options.terms.map((term, t) => findTerm(term, folded, options.stems?.[t], options.stemOf));
  const weak = options.terms.map((_, t) => {
    const related = options.related?.[t] ?? [];
    const mine = new Set(own[t]);
    return related.length > 0 ? findTerm([], folded, related, options.stemOf).filter((p) => !mine.has(p)) : [];
  });
  const found = own.map((positions, t) => [...positions, ...(weak[t] ?? [])].sort((a, b) => a - b));
  for (const group of options.phrases ?? []) {
    const starts = phraseStarts(group.map((t) => found[t] ?? []));
    if (starts.length === 0) return undefined;
    // Only the phrase's own occurrences are marked.
    group.forEach((t, j) => (found[t] = starts.map((p) => p + j)));
  }
  if (found.every((positions) => positions.length === 0)) return undefined;
  const anchors = (data.anchors ?? []).filter((a) => a.id).sort((a, b) => a.location - b.location);
  const spans: { id?: string; from: number; to: number }[] = anchors.map((anchor, i) => ({
    id: anchor.id,
    from: anchor.location,
    to: anchors[i + 1]?.location ?? words.length,
  }));
  const first = spans[0]?.from ?? words.length;
  if (first > 0) spans.unshift({ from: 0, to: first });
  const taken = new Set(found.flat());
  const passages = spans.map((span) => {
    const inside = found.map((positions) => positions.filter((p) => p >= span.from && p < span.to));
    const [from, to] = answerReach(inside, span);
    return {
      ...span,
      length: span.to - span.from,
      found: inside,
      weak: weak.map((positions) => positions.filter((p) => p >= span.from && p < span.to)),
      answers: options.kind !== undefined && holdsAnswer(folded, from, to, options.kind, taken, options.counted),
    };
  });
  return { data, words, found, passages };
}

/** How a ranked page is shown: its passages in rank order, and which terms it holds. */
export interface PresentOptions extends Pick<ShapeOptions, 'paragraphTitle' | 'highlightParam' | 'excerptWords'> {
  /** The page's passages (indexes into match.passages) from best to worst; those without a hit are skipped. */
  order?: readonly number[];
}

/** The result as the reader sees it: excerpts rebuilt from the words as written, its paragraphs best first. */
export function presentPage(match: PageMatch, options: PresentOptions): ShapedResult {
  const { data, words, found, passages } = match;
  const size = options.excerptWords ?? 24;
  const hits = new Set(found.flat());
  // The words to highlight on landing, as written (the highlight script matches them in the page's text).
  const marked = [...new Set([...hits].map((i) => trimEdges(words[i] ?? '')))].filter(Boolean);
  const param = options.highlightParam ?? 'pagefind-highlight';
  const sub_results: SubResult[] = [];
  for (const index of options.order ?? passages.map((_, i) => i)) {
    const passage = passages[index];
    if (!passage?.id) continue;
    const { id, from, to } = passage;
    const inside = passage.found.flat().sort((a, b) => a - b);
    if (inside.length === 0) continue;
    const paragraph = /^p-(\d+)$/.exec(id);
    const title = paragraph
      ? options.paragraphTitle(Number(paragraph[1]))
      : words
          .slice(from, Math.min(to, from + 12))
          .join(' ')
          .replace(/\.$/, '');
    sub_results.push({
      kind: paragraph ? 'paragraph' : 'heading',
      title,
      url: withHighlight(data.url, marked, id, param),
      excerpt: buildExcerpt(words, hits, from, to, size),
      locations: inside,
    });
  }
  // The page's own excerpt is taken from its best passage when ranked, else from its first hit.
  const best = options.order?.[0] === undefined ? undefined : passages[options.order[0]];
  return {
    ...data,
    url: withHighlight(data.url, marked, '', param),
    excerpt: buildExcerpt(words, hits, best?.from ?? 0, best?.to ?? words.length, size),
    locations: [...hits].sort((a, b) => a - b),
    sub_results,
  };
}

/** A page matched and shown in reading order (tests and simple callers): undefined when matchPage finds nothing. */
export function shapeResult(data: FragmentData, options: ShapeOptions): ShapedResult | undefined {
  const match = matchPage(data, options);
  return match && presentPage(match, options);
}
