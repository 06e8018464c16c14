// Build step (last): dist/_headers for Netlify and Cloudflare Pages: cache lifetimes per file and the CSP.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../site.ts';
import { contentSecurityPolicy } from '../lib/headers/csp.ts';
import { formatHeaders, headerRules } from '../lib/headers/rules.ts';
import { themeScript } from '../lib/theme-script.ts';
import { listFiles } from '../lib/files.ts';

export default function headers(): AstroIntegration {
  return {
    name: 'site:headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (site.target === 'file') return;
        const outDir = fileURLToPath(dir);
        const csp = contentSecurityPolicy({ inlineScripts: [themeScript] });
        const rules = headerRules({ base: site.base, files: listFiles(outDir), csp });
        writeFileSync(join(outDir, '_headers'), formatHeaders(rules));
        logger.info(`_headers: ${rules.length} rules under ${site.base}`);
      },
    },
  };
}
