// Read in the page: every search mark under a root, whether it nests in another, and whether it holds a whole
// word (no letter of the same word just outside it).
export interface MarkReport {
  count: number;
  nested: number;
  /** The words a mark cuts: the mark's text with the letters that join it outside, e.g. «ل|كازاخستان». */
  partial: string[];
  words: string[];
}

/** Runs in the page (no closures: it is sent as source). */
export const readMarks = (selector: string): MarkReport => {
  const marks = [...document.querySelectorAll<HTMLElement>(selector)];
  const letter = /[\p{L}\p{M}\p{N}]/u;
  const textBefore = (node: Node): string => {
    let n: Node | null = node;
    while (n && !n.previousSibling) n = n.parentNode;
    return n?.previousSibling?.textContent ?? '';
  };
  const textAfter = (node: Node): string => {
    let n: Node | null = node;
    while (n && !n.nextSibling) n = n.parentNode;
    return n?.nextSibling?.textContent ?? '';
  };
  const partial: string[] = [];
  for (const mark of marks) {
    const before = textBefore(mark).slice(-1);
    const after = textAfter(mark).slice(0, 1);
    if (letter.test(before) || letter.test(after)) partial.push(`${before}|${mark.textContent ?? ''}|${after}`);
  }
  return {
    count: marks.length,
    nested: marks.filter((m) => m.parentElement?.closest('mark')).length,
    partial,
    words: marks.map((m) => m.textContent ?? ''),
  };
};
