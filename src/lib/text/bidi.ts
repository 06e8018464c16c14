// Splits Arabic text into runs so that Latin words (CICA) can be marked as English for screen readers
// and kept left-to-right; the characters themselves are never changed.

export interface Run {
  text: string;
  latin: boolean;
}

const LATIN_RUN = /[A-Za-z][A-Za-z0-9.'’-]*[A-Za-z0-9]|[A-Za-z]/g;

export function splitLatinRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), latin: false });
    runs.push({ text: match[0], latin: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
