// The parsed source article, read once at build time; the pages and the paragraph ids come from it.
import raw from '../../../content/source/article.txt?raw';
import { parseArticle } from './parse.ts';

export const article = parseArticle(raw);

const numbers = new Map(article.paragraphs.map((text, i) => [text, i + 1]));

/** The article's number for a paragraph's exact text (1-based), or undefined for any other text. */
export function paragraphNumber(text: string): number | undefined {
  return numbers.get(text.trim());
}

/** The stable id of the article's paragraph N: it never changes, since the article never changes. */
export function paragraphId(number: number): string {
  return `p-${number}`;
}
