// The search index, made by Pagefind from the built pages (never from the sources), with every body word
// indexed as written and in its normalised forms (lib/search/index-html.ts). Files of Pagefind's bundle that
// no page loads (its three UIs, the WASM of languages the index has not) are removed here, so nothing
// downstream (the service worker, the headers) ever sees them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles, listPages } from '../../lib/files.ts';
import { pagePath } from '../../lib/urls.ts';
import { bodyText, indexedPage, withoutChrome } from '../../lib/search/index-html.ts';
import { vocabularyWords } from '../../lib/search/correct.ts';
import { VOCABULARY_DIR, partFile, vocabularyParts } from '../../lib/search/vocabulary-parts.ts';
import { unusedBundleFiles, type PagefindEntry } from '../../lib/search/bundle.ts';
import { releaseMemory } from '../release-memory.ts';
import type { BuildStep } from './step.ts';

/**
 * The URL Pagefind stores for a built page: /cica/ for cica/index.html. Relative to the site root, because
 * Pagefind's JS prefixes the base path it finds its bundle under (so one index works under any BASE_PATH).
 */
export function pageUrl(file: string): string {
  return `/${pagePath(file)}`;
}

/** How many pages are sent to Pagefind before the first of them is answered. */
const PAGES_AHEAD = 8;

/**
 * Index the built site into <outDir>/pagefind (or `output`): the site's index, as the pages search it, unless
 * `prepare` says otherwise (the search benchmark's plain-Pagefind baseline passes the pages through as they are).
 * Next to it goes the vocabulary the search corrects typing slips to: the indexed words, one per search key,
 * in one part per first letter (lib/search/vocabulary-parts.ts).
 */
export async function indexSite(
  outDir: string,
  options: { output?: string; prepare?: (html: string) => string } = {},
): Promise<{ pages: number }> {
  const { prepare } = options;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  try {
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    let pages = 0;
    const texts: string[] = [];
    // Pagefind's process indexes one page while this one prepares the next: a few pages are sent ahead, in
    // order (Pagefind reads them in the order sent, so the index is the same from build to build).
    const inFlight: Promise<void>[] = [];
    for (const file of listPages(outDir).filter((f) => !f.startsWith('pagefind/'))) {
      const html = readFileSync(join(outDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const page = prepare ? { content: prepare(html), text: bodyText(html) } : indexedPage(html);
      // Pagefind is given only what it reads of the page (the same index, in a third of the time).
      inFlight.push(
        index.addHTMLFile({ url: pageUrl(file), content: withoutChrome(page.content) }).then((added) => {
          if (added.errors.length) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
        }),
      );
      if (inFlight.length >= PAGES_AHEAD) await inFlight.shift();
      texts.push(page.text);
      pages++;
    }
    await Promise.all(inFlight);
    // Pagefind's process grows most while it writes the index: the pages read and parsed here are given back first.
    releaseMemory();
    const output = options.output ?? join(outDir, 'pagefind');
    // The vocabulary is made here while Pagefind's process writes the index.
    const writing = index.writeFiles({ outputPath: output });
    const parts = vocabularyParts(vocabularyWords(texts));
    const written = await writing;
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    mkdirSync(join(output, VOCABULARY_DIR), { recursive: true });
    for (const [letter, words] of parts) writeFileSync(join(output, partFile(letter)), JSON.stringify(words));
    return { pages };
  } finally {
    await pagefind.close();
  }
}

export const indexSearch: BuildStep = {
  name: 'index',
  async run({ outDir, logger }) {
    const { pages } = await indexSite(outDir);
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as PagefindEntry;
    for (const file of unusedBundleFiles(listFiles(outDir), entry)) rmSync(join(outDir, file));
    logger.info(`indexed ${pages} chapter pages into ${join(relative(process.cwd(), outDir), 'pagefind')}/`);
  },
};
