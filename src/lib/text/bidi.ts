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

/** Escape text for HTML element content. */
function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** HTML for a paragraph's text with each Latin run in `<span lang="en" dir="ltr">`; text escaped. */
export function markLatinRuns(text: string): string {
  return splitLatinRuns(text)
    .map((run) => (run.latin ? `<span lang="en" dir="ltr">${escapeHtml(run.text)}</span>` : escapeHtml(run.text)))
    .join('');
}
