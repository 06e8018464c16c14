// The host rules, from one policy (src/lib/headers/policy.ts): dist/_headers for Netlify and Cloudflare Pages,
// dist/.htaccess for Apache. Last but for the gzipped copies, so it sees every file (sw.js included). Web builds
// only: files read from disk have no host to send headers. nginx and Caddy get theirs from `npm run host-config`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../site.ts';
import { contentSecurityPolicy } from '../../lib/headers/csp.ts';
import { formatHtaccess } from '../../lib/headers/htaccess.ts';
import { hostPolicy } from '../../lib/headers/policy.ts';
import { formatHeaders, headerRules, headersLimitProblems } from '../../lib/headers/rules.ts';
import { themeScript } from '../../lib/theme-script.ts';
import { listFiles } from '../../lib/files.ts';
import type { BuildStep } from './step.ts';

export const hostHeaders: BuildStep = {
  name: 'headers',
  run({ outDir, logger }) {
    const csp = contentSecurityPolicy({ inlineScripts: [themeScript] });
    const rules = headerRules({ base: site.base, files: listFiles(outDir), csp });
    const text = formatHeaders(rules);
    // A host that reads part of the rules would serve some files without them: refuse the build instead.
    const problems = headersLimitProblems(text);
    if (problems.length > 0) throw new Error(`_headers is over Cloudflare Pages' limits:\n${problems.join('\n')}`);
    writeFileSync(join(outDir, '_headers'), text);
    writeFileSync(join(outDir, '.htaccess'), formatHtaccess(hostPolicy({ base: site.base, csp })));
    logger.info(`_headers: ${rules.length} rules under ${site.base}; .htaccess`);
  },
};
