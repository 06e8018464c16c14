// Build step 1: refuse to build when the chapters do not hold the article exactly (see lib/article/check.ts).
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkChapters, formatProblems, type ChapterFile } from '../lib/article/check.ts';
import { parseArticle } from '../lib/article/parse.ts';

export interface CheckOptions {
  /** Folder of the MDX chapters, relative to the project root. */
  chapters?: string;
  /** The source article, relative to the project root. */
  source?: string;
}

/** Read the chapter files of a folder, sorted by name, with paths relative to `root` for messages. */
export function readChapterFiles(root: string, folder: string): ChapterFile[] {
  const dir = resolve(root, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
    .sort()
    .map((name) => ({ file: relative(root, join(dir, name)), source: readFileSync(join(dir, name), 'utf8') }));
}

export default function checkChaptersIntegration(options: CheckOptions = {}): AstroIntegration {
  const chapters = options.chapters ?? process.env.CHAPTERS_DIR ?? 'content/chapters';
  const source = options.source ?? 'content/source/article.txt';
  return {
    name: 'site:check-chapters',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Only for `npm run bench:scale`, whose synthetic chapters repeat the article's paragraphs on purpose.
        if (process.env.SKIP_FIDELITY_CHECK === '1') {
          logger.warn(
            'SKIP_FIDELITY_CHECK=1: the chapters are not checked against the article (benchmark builds only)',
          );
          return;
        }
        const root = fileURLToPath(config.root);
        const article = parseArticle(readFileSync(join(root, source), 'utf8'));
        const problems = checkChapters(article, readChapterFiles(root, chapters));
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
