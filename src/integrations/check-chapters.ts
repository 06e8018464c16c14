// Refuses chapters that do not hold the article exactly (see lib/article/check.ts): the build stops before
// rendering. The dev server checks again on every change to a chapter (dev-server.ts runs that loop); the
// pieces it shows the result with are here: the report as Vite's error overlay, and the page answered instead
// of a chapter while they are wrong (as the build would refuse them).
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';
import { checkChapters, reportProblems, type Problem } from '../lib/article/check.ts';
import type { Article } from '../lib/article/parse.ts';
import { readChapterFiles } from '../lib/chapters/files.ts';
import { site } from '../site.ts';

/** Check the chapter files under `root` as they are on disk now; log the result, return the problems. */
export function checkAndLog(article: Article, root: string, logger: AstroIntegrationLogger): Problem[] {
  const { chapters: files, strays } = readChapterFiles(root, site.build.chaptersDir);
  const problems = [...strays, ...checkChapters(article, files)];
  if (problems.length === 0) {
    logger.info(
      `${article.paragraphs.length} paragraphs and ${article.headings.length} subheading(s) found exactly once in ${site.build.chaptersDir}`,
    );
  } else logger.error(reportProblems(problems, site.source.file));
  return problems;
}

/** The check, given the parsed source article (astro.config.mjs parses it once for this and the paragraph ids). */
export default function checkChaptersIntegration(article: Article): AstroIntegration {
  return {
    name: 'site:check-chapters',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Only for `npm run bench:scale`, whose synthetic chapters repeat the article's paragraphs on purpose.
        if (!site.build.checkChapters) {
          logger.warn(
            'SKIP_FIDELITY_CHECK=1: the chapters are not checked against the article (benchmark builds only)',
          );
          return;
        }
        // The dev server checks in its own loop, when it starts and on every change (dev-server.ts).
        if (command === 'dev') return;
        // A readable report, not a stack trace: stop the build here.
        if (checkAndLog(article, fileURLToPath(config.root), logger).length && command === 'build') process.exit(1);
      },
    },
  };
}

/** The report as Vite's error payload: Astro's error overlay shows it over the page, at the first problem. */
function overlayPayload(problems: Problem[], root: string) {
  const first = problems[0];
  const file = first ? resolve(root, first.file) : undefined;
  return {
    type: 'error' as const,
    err: {
      message: reportProblems(problems, site.source.file),
      stack: '',
      ...(file ? { id: file, loc: { file, line: first?.line ?? 1, column: 1 } } : {}),
      plugin: 'site:check-chapters',
    },
  };
}

/**
 * While `current()` has problems, the dev server answers pages (paths ending in `/` or `.html`) with the report
 * instead of rendering them, as the build would refuse them, and every page that connects gets the overlay.
 */
export function refusePages(server: ViteDevServer, root: string, current: () => Problem[]): void {
  server.middlewares.use((req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (current().length === 0 || !/(\/|\.html)$/.test(path)) return next();
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(refusedPage(current(), `${server.config.base}@vite/client`));
  });
  server.ws.on('connection', () => {
    if (current().length) server.ws.send(overlayPayload(current(), root));
  });
}

/** Tell the open pages what a new check found: the report over them, or, once fixed, a reload into the chapters. */
export function announceCheck(server: ViteDevServer, root: string, before: Problem[], now: Problem[]): void {
  if (now.length) server.ws.send(overlayPayload(now, root));
  else if (before.length) server.ws.send({ type: 'full-reload' });
}

/** The page the dev server answers with while the chapters are wrong: the report, and Vite's client. */
function refusedPage(problems: Problem[], client: string): string {
  const text = reportProblems(problems, site.source.file).replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>The chapters do not build</title><link rel="icon" href="data:,"><pre style="white-space:pre-wrap">${text}</pre><script type="module" src="${client}"></script></html>`;
}
