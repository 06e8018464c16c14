// Before the build: refuse to build when the chapters do not hold the article exactly (see lib/article/check.ts).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkChapters, reportProblems } from '../lib/article/check.ts';
import type { Article } from '../lib/article/parse.ts';
import { readChapterFiles } from '../lib/chapters/files.ts';
import { site } from '../site.ts';

/** The check, given the parsed source article (astro.config.mjs parses it once for this and the paragraph ids). */
export default function checkChaptersIntegration(article: Article): AstroIntegration {
  const chapters = site.build.chaptersDir;
  const source = site.source.file;
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
        const root = fileURLToPath(config.root);
        const { chapters: files, strays } = readChapterFiles(root, chapters);
        const problems = [...strays, ...checkChapters(article, files)];
        if (problems.length === 0) {
          logger.info(
            `${article.paragraphs.length} paragraphs and ${article.headings.length} subheading(s) found exactly once in ${chapters}`,
          );
          return;
        }
        const report = reportProblems(problems, source);
        logger.error(report);
        // A readable report, not a stack trace: stop the build here; the dev server keeps running.
        if (command === 'build') process.exit(1);
      },
    },
  };
}
