// Where the landing highlight puts its marks in a run of text: around whole words that are one of the searched
// words as written, never around part of a word nor twice, so Arabic letters stay joined (WebKit breaks the
// joining at an element's edge) and a word listed in two forms (لكازاخستان, كازاخستان) gets one mark.

/** The punctuation stuck to a word's edges: the rule of trimEdges (lib/text/normalize.ts), which made the
 *  words this is given. Its own copy, so the landing script does not pull the search's text code in. */
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const trimEdges = (word: string): string => word.replace(EDGES, '');

/** The [start, end) offsets of the words of `text` to mark: each a whole word (edge punctuation left out),
 *  in order, none overlapping. */
export function wordsToMark(text: string, terms: readonly string[]): [number, number][] {
  const wanted = new Set(terms.map((t) => trimEdges(t.normalize('NFC'))).filter(Boolean));
  const ranges: [number, number][] = [];
  if (wanted.size === 0) return ranges;
  for (const token of text.matchAll(/\S+/gu)) {
    const core = trimEdges(token[0]);
    if (!core || !wanted.has(core.normalize('NFC'))) continue;
    const start = token.index + token[0].indexOf(core);
    ranges.push([start, start + core.length]);
  }
  return ranges;
}
