// The EPUB edition of this site's article, made once per build from the chapters collection, the parsed
// article and the subset fonts (lib/fonts/files.ts): served by pages/[epub].ts and weighed by the link that
// offers it for download (components/EpubLink.astro).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { article } from '../article/source.ts';
import { chapterBlocks } from '../chapters/blocks.ts';
import { sortChapters } from '../chapters/order.ts';
import { site } from '../../site.ts';
import { ui } from '../../i18n/ui.ts';
import { FONT_CACHE, type FontFile } from '../fonts/files.ts';
import { bookFiles, type BookChapter } from './book.ts';
import { zipBook } from './zip.ts';

/** The file's name at the site's root. */
export const EPUB_FILE = 'erdogan-kazakhstan.epub';

/** The fonts the book embeds, its own faces (lib/fonts/faces.ts): Arabic and Latin (digits, CICA), both weights. */
const FONTS: { file: FontFile; weight: number }[] = [
  { file: 'book-naskh-arabic-400.woff2', weight: 400 },
  { file: 'book-naskh-arabic-700.woff2', weight: 700 },
  { file: 'book-naskh-latin-400.woff2', weight: 400 },
  { file: 'book-naskh-latin-700.woff2', weight: 700 },
];

/** A stable urn:uuid from the article's text: the same book for the same text (RFC 4122 layout, version 5 bits). */
function identifier(text: string): string {
  const hex = createHash('sha1').update(text).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

let edition: Promise<Uint8Array> | undefined;

/** The book's bytes, made on first use in a build. */
export function epubBytes(): Promise<Uint8Array> {
  edition ??= (async () => {
    const chapters: BookChapter[] = sortChapters(await getCollection('chapters')).map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      blocks: chapterBlocks(article, entry.body ?? '').flatMap(({ kind, text, number }): BookChapter['blocks'] =>
        (kind === 'paragraph' || kind === 'heading') && number ? [{ kind, text, number }] : [],
      ),
    }));
    const fonts = FONTS.map((f) => ({
      ...f,
      data: new Uint8Array(readFileSync(join(process.cwd(), FONT_CACHE, f.file))),
    }));
    return zipBook(
      bookFiles({
        identifier: identifier(article.paragraphs.join('\n')),
        title: article.title,
        categories: article.categories,
        creator: site.name,
        sourceNote: site.source.note,
        editorialNote: ui.editorialNote,
        contents: ui.epubContents,
        modified: site.edition.modified,
        chapters,
        fonts,
      }),
    );
  })();
  return edition;
}
