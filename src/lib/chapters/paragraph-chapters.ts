// Which chapter holds each article paragraph, from the chapters' own bodies: the index of names and the
// timeline link a paragraph to its place without the split being written down anywhere else.
import { splitBlocks, type Article } from '../article/parse.ts';

/** A chapter as this reads it: its id and title, and its MDX body. */
export interface ChapterBody {
  id: string;
  data: { title: string };
  body?: string | undefined;
}

/** The chapter of each article paragraph (by number, from 1). */
export function paragraphChapters<T extends ChapterBody>(article: Article, chapters: readonly T[]): Map<number, T> {
  const byNumber = new Map<number, T>();
  for (const chapter of chapters) {
    for (const block of splitBlocks(chapter.body ?? '')) {
      const n = article.paragraphs.indexOf(block) + 1;
      if (n > 0) byNumber.set(n, chapter);
    }
  }
  return byNumber;
}
