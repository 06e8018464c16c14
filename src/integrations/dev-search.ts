// Search in `npm run dev`: the dev server's own rendered chapter pages, indexed with Pagefind's Node API (the
// same preparation as the build, lib/search/index-html.ts) and served from memory at <base>pagefind/. When it
// starts and after a chapter changes, dev-server.ts calls `indexChapterPages`; when no index can be made, the
// search UI says so in Arabic and the log in English, with the command that gives a searchable site.
import { basename } from 'node:path';
import * as pagefind from 'pagefind';
import type { ViteDevServer } from 'vite';
import { searchUi } from '../i18n/ui.ts';
import { readChapterFiles } from '../lib/chapters/files.ts';
import { bodyText, prepareForIndex } from '../lib/search/index-html.ts';
import { vocabularyWords } from '../lib/search/correct.ts';
import { partFile, vocabularyParts } from '../lib/search/vocabulary-parts.ts';
import { site } from '../site.ts';
import { pageUrl } from './steps/index-search.ts';

/** The index's files by name, or why there is none. */
export type DevIndex = Map<string, Uint8Array> | string;

/** Thrown when the dev server answers a chapter page with an error (the chapter check refusing it, say). */
export class PageRefused extends Error {
  override name = 'PageRefused';
}

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json' };

/** A stand-in for pagefind.js when there is no index: every call fails with the reason, in Arabic. */
export function unavailableModule(reason: string): string {
  const error = `Object.assign(new Error(${JSON.stringify(reason)}), { name: 'SiteSearchUnavailable' })`;
  return `export const init = async () => { throw ${error}; };\nexport const search = init;\n`;
}

/** Index the chapter pages as the dev server at `origin` renders them now: the index's files and the page count. */
export async function indexChapterPages(
  root: string,
  origin: string,
): Promise<{ files: Map<string, Uint8Array>; pages: number }> {
  const { chapters } = readChapterFiles(root, site.build.chaptersDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(errors.join('; '));
  try {
    const texts: string[] = [];
    for (const { file } of chapters) {
      const url = pageUrl(`${basename(file, '.mdx')}/index.html`);
      const response = await fetch(new URL(`${site.base}${url.slice(1)}`, origin));
      if (!response.ok) throw new PageRefused(`${url} answered ${response.status}`);
      const html = await response.text();
      const added = await index.addHTMLFile({ url, content: prepareForIndex(html) });
      if (added.errors.length) throw new Error(`${url}: ${added.errors.join('; ')}`);
      texts.push(bodyText(html));
    }
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(got.errors.join('; '));
    const files = new Map(got.files.map((f) => [f.path, f.content]));
    // The build writes it next to the index (steps/index-search.ts); so does the dev server, in memory.
    for (const [letter, words] of vocabularyParts(vocabularyWords(texts)))
      files.set(partFile(letter), new TextEncoder().encode(JSON.stringify(words)));
    return { files, pages: chapters.length };
  } finally {
    await index.deleteIndex();
  }
}

/** What <base>pagefind/`name` is answered with from `index`; undefined for a file it does not have. */
export function servedFile(index: DevIndex, name: string): Uint8Array | string | undefined {
  if (typeof index !== 'string') return index.get(name);
  return name === 'pagefind.js' ? unavailableModule(searchUi.devUnavailable) : undefined;
}

/** Serve <base>pagefind/… from the index `current()` gives, waiting for one being made. */
export function serveIndex(server: ViteDevServer, current: () => Promise<DevIndex>): void {
  const prefix = `${site.base}pagefind/`;
  server.middlewares.use((req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(prefix)) return next();
    const name = path.slice(prefix.length);
    void current().then((index) => {
      const body = servedFile(index, name);
      if (body === undefined) return next();
      res.setHeader('Content-Type', TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', 'no-store');
      res.end(body);
    });
  });
}

/** Pagefind's Node API keeps a service running; stopped with the dev server. */
export async function closeIndexer(): Promise<void> {
  await pagefind.close();
}
