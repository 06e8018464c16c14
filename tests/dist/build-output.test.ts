// `npm run build` as the README gives it (no SITE_URL): it prints nothing a newcomer would read as trouble, and
// leaves out the sitemap it cannot make valid, saying so. The build is made before the tests (tests/support/sites.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLog, siteDir } from '../support/sites.ts';

// Without the test runner's SITE_URL or NODE_ENV: the build a maintainer runs.
const out = siteDir('no-site-url');
const { status, output } = buildLog('no-site-url');

describe('a build without SITE_URL', () => {
  it('succeeds without a warning or an error in its log', () => {
    expect(status).toBe(0);
    expect(output.split('\n').filter((line) => /\[WARN\]|\[ERROR\]|warning|\(!\)/i.test(line))).toEqual([]);
  });

  it('writes no sitemap (its URLs must be absolute), says so, and robots.txt names none', () => {
    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false);
    expect(output).toMatch(/no SITE_URL: sitemap\.xml is left out/);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });
});
