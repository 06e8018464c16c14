// Reading the chapter files of a folder, the one way: the content collection publishes `*.mdx` and nothing
// else, so the build's fidelity check and the tests read exactly those, and name any other Markdown-like
// file as a problem (it would silently never be published).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ChapterFile, Problem } from '../article/check.ts';

/** The glob the content collection loads chapters with (src/content.config.ts). */
export const CHAPTER_GLOB = '*.mdx';
/** Whether a file name is a chapter's, one the collection loads (CHAPTER_GLOB). */
export const isChapter = (name: string): boolean => name.endsWith('.mdx');
const looksLikeChapter = (name: string): boolean => /\.(md|markdown|mdown|mdoc)$/i.test(name);

/** The chapters of a folder, sorted by name, with paths relative to `root` for messages; strays as problems. */
export function readChapterFiles(root: string, folder: string): { chapters: ChapterFile[]; strays: Problem[] } {
  const dir = resolve(root, folder);
  const names = readdirSync(dir).sort();
  const path = (name: string): string => relative(root, join(dir, name));
  return {
    chapters: names
      .filter(isChapter)
      .map((name) => ({ file: path(name), source: readFileSync(join(dir, name), 'utf8') })),
    strays: names.filter(looksLikeChapter).map((name) => ({
      file: path(name),
      kind: 'file' as const,
      message: `not published: chapters are ${CHAPTER_GLOB} files; rename it to .mdx or move it out of ${relative(root, dir)}`,
    })),
  };
}
