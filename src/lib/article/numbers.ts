// A paragraph's place in the article: its number (1-based) from its exact text, and the stable id made of it.
import type { Article } from './parse.ts';

/** The 1-based number of a text among `texts`, or undefined for any other text. */
function numbersOf(texts: readonly string[]): (text: string) => number | undefined {
  const numbers = new Map(texts.map((text, i) => [text, i + 1]));
  return (text) => numbers.get(text.trim());
}

/** The article's number for a paragraph's exact text, or undefined for any other text. */
export function paragraphNumbers(article: Article): (text: string) => number | undefined {
  return numbersOf(article.paragraphs);
}

/** The article's number for a subheading's exact text, or undefined for any other text. */
export function headingNumbers(article: Article): (text: string) => number | undefined {
  return numbersOf(article.headings);
}

/** The stable id of the article's paragraph N: it never changes, since the article never changes. */
export function paragraphId(number: number): string {
  return `p-${number}`;
}
