// `npm run build` as the README gives it (no SITE_URL): it prints nothing a newcomer would read as trouble, and
// leaves out the sitemap it cannot make valid, saying so.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstroBuild } from '../../src/tools/astro-build.ts';

const out = mkdtempSync(join(tmpdir(), 'build-output-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
// Without the test runner's SITE_URL or NODE_ENV: the build a maintainer runs.
const { status, output } = runAstroBuild(out, { SITE_URL: '', NODE_ENV: '', NO_COLOR: '1' });

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
