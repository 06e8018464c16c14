// A paragraph's place in the article: its number (1-based) from its exact text, and the stable id made of it.
import type { Article } from './parse.ts';

/** The article's number for a paragraph's exact text, or undefined for any other text. */
export function paragraphNumbers(article: Article): (text: string) => number | undefined {
  const numbers = new Map(article.paragraphs.map((text, i) => [text, i + 1]));
  return (text) => numbers.get(text.trim());
}

/** The stable id of the article's paragraph N: it never changes, since the article never changes. */
export function paragraphId(number: number): string {
  return `p-${number}`;
}
