// What the build carries for its hosts, read from dist-test/root: the .htaccess, the gzipped copies, a CSP in
// every page for hosts that send no headers, no folder a server would shadow, _headers within Cloudflare's limits.
// The hosts themselves serve it in tests/hosts/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { metaContentSecurityPolicy } from '../../src/lib/headers/csp.ts';
import { formatHtaccess } from '../../src/lib/headers/htaccess.ts';
import { hostPolicy } from '../../src/lib/headers/policy.ts';
import { reservedClashes } from '../../src/lib/headers/reserved.ts';
import { buildPolicyOf, headersLimitProblems } from '../../src/lib/headers/rules.ts';
import { isCompressible } from '../../src/lib/headers/types.ts';
import { themeScript } from '../../src/lib/theme-script.ts';
import { DIST } from '../support/paths.ts';

const files = listFiles(DIST);
const read = (file: string) => readFileSync(join(DIST, file));
const headers = read('_headers').toString('utf8');

describe('the hosts’ rules', () => {
  it('are written for Apache from the same policy as _headers', () => {
    const built = buildPolicyOf(headers);
    expect(built).toEqual({ base: '/', csp: expect.stringContaining("default-src 'self'") });
    expect(read('.htaccess').toString('utf8')).toBe(formatHtaccess(hostPolicy(built ?? { base: '/', csp: '' })));
  });

  it("keep _headers within Cloudflare Pages' limits", () => {
    expect(headersLimitProblems(headers)).toEqual([]);
  });
});

describe('the gzipped copies', () => {
  it('hold exactly the bytes of their file, for text and WebAssembly only', () => {
    const copies = files.filter((f) => f.endsWith('.gz'));
    expect(copies.length).toBeGreaterThan(20);
    for (const copy of copies) {
      const file = copy.slice(0, -3);
      expect(isCompressible(file), copy).toBe(true);
      expect(gunzipSync(read(copy)).equals(read(file)), copy).toBe(true);
    }
  });

  it('exist for every page, stylesheet and script that gzip makes smaller', () => {
    for (const file of files.filter((f) => /\.(html|css|js)$/.test(f))) {
      // A file of a few bytes (a chunk that only imports another) gzips larger: it is sent as it is.
      if (gzipSync(read(file)).length >= read(file).length) expect(files, file).not.toContain(`${file}.gz`);
      else expect(files, file).toContain(`${file}.gz`);
    }
  });
});

describe('a page on a host that sends no headers', () => {
  it('states the CSP itself, before its one inline script, without what only a header can say', () => {
    const csp = metaContentSecurityPolicy({ inlineScripts: [themeScript] });
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const html = read(page).toString('utf8');
      const meta = html.indexOf(`<meta http-equiv="Content-Security-Policy" content="${csp}">`);
      expect(meta, page).toBeGreaterThan(0);
      expect(meta, page).toBeLessThan(html.indexOf('<script'));
    }
  });
});

describe('the build’s folders', () => {
  it('use no name a server keeps for itself (Apache answers /icons/ from its own folder)', () => {
    const top = new Set(files.filter((f) => f.includes('/')).map((f) => f.slice(0, f.indexOf('/'))));
    expect(top).toContain('app-icons');
    expect(reservedClashes(top)).toEqual([]);
  });
});
