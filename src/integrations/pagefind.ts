// Build step 3: the search index, made by Pagefind from the built pages (never from the sources), with
// every body word indexed as written and in its normalised forms (lib/search/index-html.ts).
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/search/index-html.ts';

/** Every HTML page of a built site, as paths relative to its root. */
export function listPages(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : listPages(root, path);
      return name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
    });
}

/**
 * The URL Pagefind stores for a built page: /cica/ for cica/index.html. Relative to the site root, because
 * Pagefind's JS prefixes the base path it finds its bundle under (so one index works under any BASE_PATH).
 */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Index the built site into <outDir>/pagefind; `prepare` decides what Pagefind sees of each page. */
export async function indexSite(
  outDir: string,
  options: { prepare?: (html: string) => string; output?: string } = {},
): Promise<{ pages: number }> {
  const prepare = options.prepare ?? ((html: string) => html);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let pages = 0;
  for (const file of listPages(outDir)) {
    const html = readFileSync(join(outDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const added = await index.addHTMLFile({ url: pageUrl(file), content: prepare(html) });
    if (added.errors.length) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
    pages++;
  }
  const written = await index.writeFiles({ outputPath: options.output ?? join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages };
}

/** Files Pagefind writes for UIs and languages the site does not use (it draws its own search UI, over
 *  pagefind.js): removed so nothing precaches them. */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'wasm.unknown.pagefind',
];

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { pages } = await indexSite(outDir, { prepare: prepareForIndex });
        for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outDir, 'pagefind', file), { force: true });
        logger.info(`indexed ${pages} chapter pages into ${join(relative(process.cwd(), outDir), 'pagefind')}/`);
      },
    },
  };
}
