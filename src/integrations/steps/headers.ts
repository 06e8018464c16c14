// dist/_headers for Netlify and Cloudflare Pages: cache lifetimes per file and the CSP. Last, so it sees every
// file (sw.js included). Web builds only: files read from disk have no host to send headers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../site.ts';
import { contentSecurityPolicy } from '../../lib/headers/csp.ts';
import { formatHeaders, headerRules } from '../../lib/headers/rules.ts';
import { themeScript } from '../../lib/theme-script.ts';
import { listFiles } from '../../lib/files.ts';
import type { BuildStep } from './step.ts';

export const hostHeaders: BuildStep = {
  name: 'headers',
  run({ outDir, logger }) {
    const csp = contentSecurityPolicy({ inlineScripts: [themeScript] });
    const rules = headerRules({ base: site.base, files: listFiles(outDir), csp });
    writeFileSync(join(outDir, '_headers'), formatHeaders(rules));
    logger.info(`_headers: ${rules.length} rules under ${site.base}`);
  },
};
