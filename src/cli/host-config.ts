// `npm run host-config -- nginx|caddy [--dist dist] [--root /var/www] [--base /microsite/]`: prints the server
// configuration for a build, from the policy its `_headers` was written with (so the CSP is the build's own).
// Apache needs nothing printed: the build carries its `.htaccess`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatCaddy } from '../lib/headers/caddy.ts';
import { formatNginx } from '../lib/headers/nginx.ts';
import { hostPolicy } from '../lib/headers/policy.ts';
import { buildPolicyOf } from '../lib/headers/rules.ts';
import { normaliseBase } from '../site.ts';
import { ROOT } from '../tools/root.ts';

const FORMATS = { nginx: formatNginx, caddy: formatCaddy };
const usage = 'usage: npm run host-config -- nginx|caddy [--dist dist] [--root /var/www] [--base /microsite/]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    root: { type: 'string', default: '/var/www' },
    base: { type: 'string' },
  },
});
const host = positionals[0];
if (host !== 'nginx' && host !== 'caddy') fail(usage);
const headersFile = join(resolve(ROOT, values.dist), '_headers');
if (!existsSync(headersFile)) fail(`no ${headersFile}: build first (npm run build, with BASE_PATH for a subpath)`);
const built = buildPolicyOf(readFileSync(headersFile, 'utf8')) ?? fail(`${headersFile} has no policy rule`);
if (values.base !== undefined && normaliseBase(values.base) !== built.base)
  fail(
    `the build in ${values.dist}/ is for ${built.base}, not ${normaliseBase(values.base)}: build with BASE_PATH=${normaliseBase(values.base)}`,
  );
process.stdout.write(FORMATS[host](hostPolicy(built), { root: values.root.replace(/\/+$/, '') || '/' }));
