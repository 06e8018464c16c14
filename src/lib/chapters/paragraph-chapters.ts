// Which chapter holds each article paragraph, from the chapters' own bodies, and the link to a paragraph in its
// chapter: the index of names, the timeline, the whole article and the home page link a paragraph to its place
// without the split being written down anywhere else.
import { firstWords } from '../article/check.ts';
import { paragraphId } from '../article/numbers.ts';
import type { Article } from '../article/parse.ts';
import { chapterPath } from '../urls.ts';
import { chapterParagraphs } from './blocks.ts';

/** A chapter as this reads it: its id and title, and its MDX body. */
interface ChapterBody {
  id: string;
  data: { title: string };
  body?: string | undefined;
}

/** The chapter of each article paragraph (by number, from 1). */
export function paragraphChapters<T extends ChapterBody>(article: Article, chapters: readonly T[]): Map<number, T> {
  const byNumber = new Map<number, T>();
  for (const chapter of chapters)
    for (const n of chapterParagraphs(article, chapter.body ?? '')) byNumber.set(n, chapter);
  return byNumber;
}

/** Where an article paragraph is read: the chapter that holds it, that page's path, its id there, the link. */
interface ParagraphPlace<T> {
  chapter: T;
  /** The chapter page's path under the base, e.g. `/cica/`. */
  path: string;
  /** The paragraph's id on that page, e.g. `p-5`. */
  id: string;
  /** The link to the paragraph: `/cica/#p-5`. */
  href: string;
}

/**
 * The place of any article paragraph, by number. A paragraph no chapter holds has no place, and a page that
 * links to it stops the build with this error rather than link to nothing (the chapter check rules it out; a
 * build without the check, or chapters from elsewhere, may not).
 */
export function paragraphPlaces<T extends ChapterBody>(
  article: Article,
  chapters: readonly T[],
  base?: string,
): (n: number) => ParagraphPlace<T> {
  const byNumber = paragraphChapters(article, chapters);
  return (n) => {
    const chapter = byNumber.get(n);
    if (!chapter) {
      const text = article.paragraphs[n - 1];
      const which = text === undefined ? 'is not in the article' : `${firstWords(text)} is in no chapter`;
      throw new Error(`paragraph ${n} ${which}: a page links to it, and the link would lead nowhere`);
    }
    const path = chapterPath(chapter.id, base);
    const id = paragraphId(n);
    return { chapter, path, id, href: `${path}#${id}` };
  };
}
