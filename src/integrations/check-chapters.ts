// Refuses chapters that do not hold the article exactly (see lib/article/check.ts): the build stops before
// rendering; the dev server checks again on every change to a chapter, says so in the log and in the browser's
// error overlay, and answers pages with the report until the chapters are right (as the build would refuse them).
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';
import { checkChapters, reportProblems, type Problem } from '../lib/article/check.ts';
import type { Article } from '../lib/article/parse.ts';
import { readChapterFiles } from '../lib/chapters/files.ts';
import { site } from '../site.ts';

/** The check, given the parsed source article (astro.config.mjs parses it once for this and the paragraph ids). */
export default function checkChaptersIntegration(article: Article): AstroIntegration {
  const chapters = site.build.chaptersDir;
  const source = site.source.file;
  let root = '';
  let problems: Problem[] = [];

  /** Check the chapter files as they are on disk now; log the result, return the problems. */
  function check(logger: AstroIntegrationLogger): Problem[] {
    const { chapters: files, strays } = readChapterFiles(root, chapters);
    problems = [...strays, ...checkChapters(article, files)];
    if (problems.length === 0) {
      logger.info(
        `${article.paragraphs.length} paragraphs and ${article.headings.length} subheading(s) found exactly once in ${chapters}`,
      );
    } else logger.error(reportProblems(problems, source));
    return problems;
  }

  /** The report as Vite's error payload: Astro's error overlay shows it over the page. */
  function overlay(found: Problem[]) {
    const first = found[0];
    const file = first ? resolve(root, first.file) : undefined;
    return {
      type: 'error' as const,
      err: {
        message: reportProblems(found, source),
        stack: '',
        ...(file ? { id: file, loc: { file, line: first?.line ?? 1, column: 1 } } : {}),
        plugin: 'site:check-chapters',
      },
    };
  }

  /**
   * While the chapters are wrong, pages (paths ending in `/` or `.html`) are answered with the report instead
   * of being rendered, as the build would refuse them; the page's Vite client shows the overlay and reloads
   * once the chapters are right.
   */
  function refusePages(server: ViteDevServer): void {
    server.middlewares.use((req, res, next) => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (problems.length === 0 || !/(\/|\.html)$/.test(path)) return next();
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(refusedPage(reportProblems(problems, source), `${server.config.base}@vite/client`));
    });
    server.ws.on('connection', () => {
      if (problems.length) server.ws.send(overlay(problems));
    });
  }

  /** After a chapter changes: recheck, show the report in open pages (or clear it by reloading them). */
  function watch(server: ViteDevServer, logger: AstroIntegrationLogger): void {
    const folder = resolve(root, chapters) + sep;
    let timer: ReturnType<typeof setTimeout> | undefined;
    server.watcher.on('all', (_event, path) => {
      if (!path.startsWith(folder)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const before = problems.length;
        const found = check(logger);
        if (found.length) server.ws.send(overlay(found));
        else if (before) server.ws.send({ type: 'full-reload' });
      }, 50);
    });
  }

  return {
    name: 'site:check-chapters',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // Only for `npm run bench:scale`, whose synthetic chapters repeat the article's paragraphs on purpose.
        if (!site.build.checkChapters) {
          logger.warn(
            'SKIP_FIDELITY_CHECK=1: the chapters are not checked against the article (benchmark builds only)',
          );
          return;
        }
        // A readable report, not a stack trace: stop the build here; the dev server keeps running.
        if (check(logger).length && command === 'build') process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!site.build.checkChapters) return;
        refusePages(server);
        watch(server, logger);
      },
    },
  };
}

/** The page the dev server answers with while the chapters are wrong: the report, and Vite's client. */
function refusedPage(report: string, client: string): string {
  const text = report.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>The chapters do not build</title><link rel="icon" href="data:,"><pre style="white-space:pre-wrap">${text}</pre><script type="module" src="${client}"></script></html>`;
}
