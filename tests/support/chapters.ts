// The chapters as the content collection publishes them (the same folder, CHAPTERS_DIR, and the same glob), in
// reading order: tests derive pages, slugs and neighbours from this, never from a list of today's chapters.
// The one test that pins today's editorial split is tests/unit/editorial-split.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { readChapterFiles } from '../../src/lib/chapters/files.ts';
import { readSplit, type ChapterSplit } from '../../src/lib/chapters/split-table.ts';
import { ROOT } from '../../src/tools/root.ts';
import { site } from '../../src/site.ts';

export interface TestChapter extends ChapterSplit {
  /** Whether it holds a subheading of the article (it then has a table of contents). */
  hasSubheading: boolean;
}

export const article = parseArticle(readFileSync(join(ROOT, site.source.file), 'utf8'));

/** Every chapter, in reading order. */
export const chapters: TestChapter[] = readSplit(article, readChapterFiles(ROOT, site.build.chaptersDir).chapters).map(
  (chapter) => ({ ...chapter, hasSubheading: chapter.headings.length > 0 }),
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
