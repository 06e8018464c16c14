// Search in `npm run dev`: the dev server indexes its own rendered chapter pages with Pagefind's Node API (the
// same preparation as the build, lib/search/index-html.ts) when it starts and again after a chapter changes,
// and serves the index from memory at <base>pagefind/. When it cannot, the search UI says so in Arabic and the
// log in English, with the command that gives a searchable site.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { basename, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { ViteDevServer } from 'vite';
import { searchUi } from '../i18n/ui.ts';
import { readChapterFiles } from '../lib/chapters/files.ts';
import { bodyText, prepareForIndex } from '../lib/search/index-html.ts';
import { VOCABULARY_FILE, vocabularyWords } from '../lib/search/correct.ts';
import { site } from '../site.ts';
import { pageUrl } from './steps/index-search.ts';

type Files = Map<string, Uint8Array>;

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json' };

/** A stand-in for pagefind.js when there is no index: every call fails with the reason, in Arabic. */
export function unavailableModule(reason: string): string {
  const error = `Object.assign(new Error(${JSON.stringify(reason)}), { name: 'SiteSearchUnavailable' })`;
  return `export const init = async () => { throw ${error}; };\nexport const search = init;\n`;
}

export default function devSearch(): AstroIntegration {
  let root = '';
  let files: Promise<Files | string> = Promise.resolve('the dev server has not started');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watcher: ViteDevServer['watcher'] | undefined;

  /** Index the chapter pages as the dev server renders them now; the files, or why there are none. */
  async function index(
    origin: string,
    logger: AstroIntegrationLogger,
    previous?: Files | string,
  ): Promise<Files | string> {
    const started = performance.now();
    try {
      const { chapters } = readChapterFiles(root, site.build.chaptersDir);
      const { index: created, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
      if (!created) throw new Error(errors.join('; '));
      const texts: string[] = [];
      for (const { file } of chapters) {
        const url = pageUrl(`${basename(file, '.mdx')}/index.html`);
        const response = await fetch(new URL(`${site.base}${url.slice(1)}`, origin));
        if (!response.ok && previous instanceof Map) {
          // The chapter check refuses the pages (its report is above): search keeps the last good index.
          logger.info(`search: ${url} answered ${response.status}; the index is kept as it was until the pages build`);
          await created.deleteIndex();
          return previous;
        }
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        const html = await response.text();
        const added = await created.addHTMLFile({ url, content: prepareForIndex(html) });
        if (added.errors.length) throw new Error(`${url}: ${added.errors.join('; ')}`);
        texts.push(bodyText(html));
      }
      const got = await created.getFiles();
      if (got.errors.length) throw new Error(got.errors.join('; '));
      await created.deleteIndex();
      const ms = Math.round(performance.now() - started);
      logger.info(`search: indexed ${chapters.length} chapter pages in ${ms} ms (again after every chapter change)`);
      const served: Files = new Map(got.files.map((f) => [f.path, f.content]));
      // The build writes it next to the index (steps/index-search.ts); so does the dev server, in memory.
      return served.set(VOCABULARY_FILE, new TextEncoder().encode(JSON.stringify(vocabularyWords(texts))));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.error(
        `search is unavailable in the dev server (${reason}); fix the problem above, or run \`npm run build && npm run preview\` to search the built site`,
      );
      return reason;
    }
  }

  /** Serve <base>pagefind/… from the last index, waiting for one being made. */
  function serve(server: ViteDevServer): void {
    const prefix = `${site.base}pagefind/`;
    server.middlewares.use((req, res, next) => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (!path.startsWith(prefix)) return next();
      void files.then((got) => {
        const name = path.slice(prefix.length);
        const body =
          typeof got === 'string'
            ? name === 'pagefind.js'
              ? unavailableModule(searchUi.devUnavailable)
              : undefined
            : got.get(name);
        if (body === undefined) return next();
        res.setHeader('Content-Type', TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-store');
        res.end(body);
      });
    });
  }

  return {
    name: 'site:dev-search',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        watcher = server.watcher;
        serve(server);
      },
      'astro:server:start': ({ address, logger }) => {
        const origin = `http://localhost:${address.port}`;
        files = index(origin, logger);
        const folder = resolve(root, site.build.chaptersDir) + sep;
        watcher?.on('all', (_event, path) => {
          if (!path.startsWith(folder)) return;
          clearTimeout(timer);
          // After the content layer has reloaded the chapter, so the pages indexed are the new ones.
          timer = setTimeout(() => {
            files = files.then((previous) => index(origin, logger, previous));
          }, 500);
        });
      },
      'astro:server:done': async () => {
        clearTimeout(timer);
        await pagefind.close();
      },
    },
  };
}
