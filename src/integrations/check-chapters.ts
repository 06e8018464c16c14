// Build step 1: refuse to build when the chapters do not hold the article exactly (see lib/article/check.ts).
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkChapters, formatProblems } from '../lib/article/check.ts';
import { parseArticle } from '../lib/article/parse.ts';
import { readChapterFiles } from '../lib/chapters/files.ts';
import { site } from '../site.ts';

export interface CheckOptions {
  /** Folder of the MDX chapters, relative to the project root. */
  chapters?: string;
  /** The source article, relative to the project root. */
  source?: string;
}

export default function checkChaptersIntegration(options: CheckOptions = {}): AstroIntegration {
  const chapters = options.chapters ?? site.build.chaptersDir;
  const source = options.source ?? site.source.file;
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
        const article = parseArticle(readFileSync(join(root, source), 'utf8'));
        const { chapters: files, strays } = readChapterFiles(root, chapters);
        const problems = [...strays, ...checkChapters(article, files)];
        if (problems.length === 0) {
          logger.info(
            `${article.paragraphs.length} paragraphs and ${article.headings.length} subheading(s) found exactly once in ${chapters}`,
          );
          return;
        }
        const report = `The chapters do not match ${source}:\n${formatProblems(problems)}`;
        logger.error(report);
        // A readable report, not a stack trace: stop the build here; the dev server keeps running.
        if (command === 'build') process.exit(1);
      },
    },
  };
}
