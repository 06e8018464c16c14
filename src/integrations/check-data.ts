// Refuses editorial data that does not hold to its schema or to the article (the names table, the timeline's
// events: lib/data/check.ts): the build stops before rendering, with a line a problem (file:line: what) and no
// stack trace. The dev server checks once at its start and says so in the log.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Article } from '../lib/article/parse.ts';
import { DATA_FILES, checkDataFiles } from '../lib/data/check.ts';
import { formatDataProblems } from '../lib/data/json-file.ts';

/** The check, given the parsed source article (astro.config.mjs parses it once for every check). */
export default function checkDataIntegration(article: Article): AstroIntegration {
  return {
    name: 'site:check-data',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = checkDataFiles(fileURLToPath(config.root), article);
        if (problems.length === 0) {
          logger.info(`${DATA_FILES.map((d) => d.file).join(' and ')} hold to their schemas and the article`);
          return;
        }
        logger.error(`The editorial data has errors:\n${formatDataProblems(problems)}`);
        // A readable report, not a stack trace: stop the build here; the dev server keeps running.
        if (command === 'build') process.exit(1);
      },
    },
  };
}
