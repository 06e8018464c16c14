// The chapters as the content collection publishes them (the same folder, CHAPTERS_DIR, and the same glob), in
// reading order: tests derive pages, slugs and neighbours from this, never from a list of today's chapters.
// The one test that pins today's editorial split is tests/unit/editorial-split.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/article/frontmatter.ts';
import { parseArticle, splitBlocks } from '../../src/lib/article/parse.ts';
import { readChapterFiles } from '../../src/lib/chapters/files.ts';
import { sortChapters } from '../../src/lib/chapters/order.ts';
import { ROOT } from '../../src/tools/root.ts';
import { site } from '../../src/site.ts';

export interface TestChapter {
  /** The collection id, which is the page's path: `cica` for content/chapters/cica.mdx. */
  id: string;
  data: { order: number; title: string };
  /** The article paragraphs it holds, by number (1-based). */
  paragraphs: number[];
  /** Whether it holds a subheading of the article (it then has a table of contents). */
  hasSubheading: boolean;
}

export const article = parseArticle(readFileSync(join(ROOT, site.source.file), 'utf8'));

/** Every chapter, in reading order. */
export const chapters: TestChapter[] = sortChapters(
  readChapterFiles(ROOT, site.build.chaptersDir).chapters.map(({ file, source }) => {
    const { data, body } = splitFrontmatter(source);
    const { order, title } = data as { order: number; title: string };
    const blocks = splitBlocks(body);
    return {
      id: file.replace(/^.*\/|\.mdx$/g, ''),
      data: { order, title },
      paragraphs: blocks.map((b) => article.paragraphs.indexOf(b) + 1).filter((n) => n > 0),
      hasSubheading: blocks.some((b) => article.headings.includes(b.replace(/^##\s+/, ''))),
    };
  }),
);

/** The chapter that holds paragraph `n`. */
export function chapterOf(n: number): TestChapter {
  const found = chapters.find((c) => c.paragraphs.includes(n));
  if (!found) throw new Error(`no chapter holds paragraph ${n}`);
  return found;
}

/** The chapter holding the first paragraph that contains `text`: where search should find it. */
export function chapterWith(text: string): TestChapter {
  const n = article.paragraphs.findIndex((p) => p.includes(text)) + 1;
  if (n === 0) throw new Error(`no paragraph contains ${text}`);
  return chapterOf(n);
}
