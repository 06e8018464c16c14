// `npm run dev` kept in step with the chapters by one watcher, Vite's server.watcher, whose events are the states
// the work waits for, never a timer:
// - a file in the chapter folder changed: the chapters are checked at once (the log and the error overlay say
//   what is wrong; pages are refused until it is fixed, then reloaded);
// - Astro's content store was written (.astro/data-store.json: the content layer has loaded the chapters, so the
//   pages now render them): the pages are indexed again for search, if the chapters hold the article. A fix
//   indexes at once as well: Astro debounces its store and skips a write that changes nothing, so a fix made
//   before the broken text was saved (or a stray file removed) writes no store at all.
// Indexing runs one pass at a time; writes during a pass make one more pass after it (lib/one-at-a-time.ts).
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../lib/article/check.ts';
import type { Article } from '../lib/article/parse.ts';
import { oneAtATime } from '../lib/one-at-a-time.ts';
import { isChapter } from '../lib/chapters/files.ts';
import { site } from '../site.ts';
import { announceCheck, checkAndLog, refusePages } from './check-chapters.ts';
import { closeIndexer, indexChapterPages, PageRefused, serveIndex, type DevIndex } from './dev-search.ts';

/** Where Astro's dev server keeps the content store; written each time the content layer has loaded a change. */
const CONTENT_STORE = '.astro/data-store.json';

/** What a watched path is to the dev server: a chapter (which the content store loads), another file of the
 *  chapter folder (which the check reads, a stray), the content store, or none of them. */
export function watchedAs(path: string, root: string): 'chapter' | 'folder' | 'store' | undefined {
  if (path.startsWith(resolve(root, site.build.chaptersDir) + sep)) {
    return isChapter(path) ? 'chapter' : 'folder';
  }
  return path === resolve(root, CONTENT_STORE) ? 'store' : undefined;
}

/** The dev server's chapter check and search index, given the parsed source article (as the build's check is). */
export default function devServer(article: Article): AstroIntegration {
  let root = '';
  let origin = '';
  let logger: AstroIntegrationLogger | undefined;
  /** What the check found last: pages are refused while there is any. */
  let problems: Problem[] = [];
  /** The index search is served from, or why there is none; a pending one while it is being made. */
  let index: Promise<DevIndex> = Promise.resolve('the dev server has not started');

  /** The chapters as they are on disk now: no problems when they hold the article (or the check is off). */
  const check = (): Problem[] => (site.build.checkChapters && logger ? checkAndLog(article, root, logger) : []);

  /** Index the pages as the server renders them now, keeping the last good index while pages are refused. */
  async function indexed(previous: DevIndex): Promise<DevIndex> {
    const started = performance.now();
    try {
      const { files, pages } = await indexChapterPages(root, origin);
      const ms = Math.round(performance.now() - started);
      logger?.info(`search: indexed ${pages} chapter pages in ${ms} ms (again after every chapter change)`);
      return files;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof PageRefused && typeof previous !== 'string') {
        logger?.info(`search: ${reason}; the index is kept as it was until the pages build`);
        return previous;
      }
      logger?.error(
        `search is unavailable in the dev server (${reason}); fix the problem above, or run \`npm run build && npm run preview\` to search the built site`,
      );
      return reason;
    }
  }

  // Before the server listens there is nothing to fetch; its start asks for the first index.
  const reindex = oneAtATime(async () => {
    if (!origin) return;
    index = index.then(indexed);
    await index;
  });

  return {
    name: 'site:dev-server',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger: log }) => {
        logger = log;
        problems = check();
        refusePages(server, root, () => problems);
        serveIndex(server, () => index);
        server.watcher.on('all', (_event, path) => {
          const what = watchedAs(path, root);
          if (what === 'store') {
            if (problems.length === 0) void reindex();
          } else if (what) {
            const before = problems;
            problems = check();
            announceCheck(server, root, before, problems);
            // Fixed: the store may never be written again (see above), so index now; a later write indexes again.
            if (before.length && !problems.length) void reindex();
          }
        });
      },
      'astro:server:start': ({ address }) => {
        origin = `http://localhost:${address.port}`;
        void reindex();
      },
      'astro:server:done': closeIndexer,
    },
  };
}
