// How a chapter's body reads as the article: block by block, each an article paragraph or subheading (by its
// number), or text that is not the article's. The one reading of a chapter: the chapter check, the pages, the
// EPUB, the README's table and the tests all go through it.
import { headingNumbers, paragraphNumbers } from '../article/numbers.ts';
import { blocksWithLines, isPageChrome, type Article } from '../article/parse.ts';

/**
 * What a block is: plain text (`paragraph`), a one-line `## ` subheading (`heading`), a line of the web page
 * around the article (`chrome`), or MDX that is not plain text (`markup`: an import, a component, a list, …).
 */
type BlockKind = 'paragraph' | 'heading' | 'chrome' | 'markup';

export interface ChapterBlock {
  kind: BlockKind;
  /** The block as written, trimmed; a subheading's text without its `## `. */
  text: string;
  /** The 1-based line of the file it starts on. */
  line: number;
  /** Its number among the article's paragraphs or subheadings; undefined when the article has no such text. */
  number?: number | undefined;
}

const HEADING = /^##\s+(.+)$/;
const MARKUP = /^(import|export)\s|^[<{#>\-*|`]/;

/** The blocks of a chapter's body (which starts on the file's line `firstLine`), in order. */
export function chapterBlocks(article: Article, body: string, firstLine = 1): ChapterBlock[] {
  const paragraph = paragraphNumbers(article);
  const heading = headingNumbers(article);
  return blocksWithLines(body, firstLine).map(({ text, line }): ChapterBlock => {
    const title = HEADING.exec(text)?.[1];
    if (isPageChrome(text)) return { kind: 'chrome', text, line };
    if (title && !text.includes('\n')) return { kind: 'heading', text: title.trim(), line, number: heading(title) };
    if (MARKUP.test(text)) return { kind: 'markup', text, line };
    return { kind: 'paragraph', text, line, number: paragraph(text) };
  });
}

/** The article paragraphs a chapter's body holds, by number, in its order. */
export function chapterParagraphs(article: Article, body: string): number[] {
  return chapterBlocks(article, body).flatMap((b) => (b.kind === 'paragraph' && b.number ? [b.number] : []));
}
