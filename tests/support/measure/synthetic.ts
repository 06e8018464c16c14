// Synthetic chapters for the scale benchmark: real Arabic from the article's own paragraphs, rotated
// so that every chapter differs, under valid editorial frontmatter.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/lib/article/parse.ts';

/** Paragraphs per synthetic chapter: about the size of the site's own chapters. */
const PARAGRAPHS_PER_CHAPTER = 6;

const digits = (n: number) => String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] ?? d);
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
const yamlString = (text: string) => JSON.stringify(text);

/** The MDX source of synthetic chapter `n` (1-based). */
function syntheticChapter(article: Article, n: number): string {
  const count = article.paragraphs.length;
  const start = ((n - 1) * PARAGRAPHS_PER_CHAPTER) % count;
  const paragraphs = Array.from(
    { length: PARAGRAPHS_PER_CHAPTER },
    (_, i) => article.paragraphs[(start + i) % count] ?? '',
  );
  const first = paragraphs[0] ?? '';
  const body = [...paragraphs];
  // Every third chapter carries the article's subheading, so pages with a table of contents are measured too.
  if (n % 3 === 0 && article.headings[0]) body.splice(3, 0, `## ${article.headings[0]}`);
  return [
    '---',
    `title: ${yamlString(`${clip(first.split(' ').slice(0, 5).join(' '), 60)} (${digits(n)})`)}`,
    `summary: ${yamlString(clip(first, 200))}`,
    `description: ${yamlString(clip(paragraphs[1] ?? first, 160))}`,
    `order: ${n}`,
    '---',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
}

/** Write `n` synthetic chapters into `dir` (created), named so they sort in reading order. */
export function writeSyntheticChapters(article: Article, n: number, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= n; i++)
    writeFileSync(join(dir, `chapter-${String(i).padStart(4, '0')}.mdx`), syntheticChapter(article, i));
}
