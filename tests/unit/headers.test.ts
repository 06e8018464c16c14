import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource } from '../../src/lib/headers/csp.ts';
import { cacheControlFor, IMMUTABLE, isHashed, REVALIDATE } from '../../src/lib/headers/cache.ts';
import {
  formatHeaders,
  headerRules,
  headersFor,
  matchesPath,
  parseHeaders,
  urlPathsOf,
} from '../../src/lib/headers/rules.ts';
import { themeScript } from '../../src/lib/theme-script.ts';

const FILES = [
  '404.html',
  '_astro/BaseLayout.abc123.css',
  '_astro/naskh-arabic-400.x1.woff2',
  'cica/index.html',
  'index.html',
  'manifest.webmanifest',
  'offline/index.html',
  'pagefind/fragment/ar_1.pf_fragment',
  'pagefind/index/ar_2.pf_index',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.ar_a781fcdcd8.pf_meta',
  'pagefind/pagefind.js',
  'pagefind/wasm.ar.pagefind',
  'sw.js',
];

describe('hashSource', () => {
  it('is the base64 SHA-256 of the exact text, quoted for a CSP', () => {
    const digest = createHash('sha256').update(themeScript).digest('base64');
    expect(hashSource(themeScript)).toBe(`'sha256-${digest}'`);
  });

  it('changes when one character changes', () => {
    expect(hashSource('a')).not.toBe(hashSource('b'));
  });
});

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy({ inlineScripts: [themeScript, themeScript] });
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

  it("allows scripts from the site, the theme script's hash once, and WebAssembly compilation", () => {
    expect(directive('script-src')).toBe(`script-src 'self' ${hashSource(themeScript)} 'wasm-unsafe-eval'`);
  });

  it('allows no inline script or style and no eval', () => {
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(directive('style-src')).toBe("style-src 'self'");
  });

  it('keeps workers, fetches, fonts and the manifest on the site, and forbids framing and plugins', () => {
    for (const name of ['worker-src', 'connect-src', 'font-src', 'manifest-src', 'default-src']) {
      expect(directive(name)).toBe(`${name} 'self'`);
    }
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
  });
});

describe('isHashed / cacheControlFor', () => {
  it('keeps content-hashed files for a year', () => {
    for (const f of [
      '_astro/x.css',
      'pagefind/fragment/ar_1.pf_fragment',
      'pagefind/index/ar_2.pf_index',
      'pagefind/filter/ar_3.pf_filter',
      'pagefind/pagefind.ar_a781fcdcd8.pf_meta',
    ]) {
      expect(isHashed(f), f).toBe(true);
      expect(cacheControlFor(f)).toBe(IMMUTABLE);
    }
  });

  it('revalidates pages, the worker, the manifest and the Pagefind files that keep their names', () => {
    for (const f of ['index.html', 'cica/index.html', 'sw.js', 'manifest.webmanifest', 'pagefind/pagefind.js']) {
      expect(isHashed(f), f).toBe(false);
      expect(cacheControlFor(f)).toBe(REVALIDATE);
    }
    expect(cacheControlFor('pagefind/pagefind-entry.json')).toBe(REVALIDATE);
    expect(cacheControlFor('pagefind/wasm.ar.pagefind')).toBe(REVALIDATE);
  });
});

describe('urlPathsOf', () => {
  it('gives a folder index both its folder URL and its file URL', () => {
    expect(urlPathsOf('cica/index.html', '/')).toEqual(['/cica/', '/cica/index.html']);
    expect(urlPathsOf('index.html', '/microsite/')).toEqual(['/microsite/', '/microsite/index.html']);
    expect(urlPathsOf('sw.js', '/microsite/')).toEqual(['/microsite/sw.js']);
  });
});

describe('headerRules', () => {
  for (const base of ['/', '/microsite/']) {
    const rules = headerRules({ base, files: FILES, csp: "default-src 'self'" });

    it(`sets exactly one Cache-Control for every file and every folder URL (base ${base})`, () => {
      const paths = FILES.flatMap((f) => urlPathsOf(f, base));
      for (const path of paths) {
        const setters = rules.filter((r) => matchesPath(r.path, path) && 'Cache-Control' in r.headers);
        expect(setters, path).toHaveLength(1);
      }
      expect(headersFor(rules, `${base}_astro/BaseLayout.abc123.css`)['Cache-Control']).toBe(IMMUTABLE);
      expect(headersFor(rules, `${base}cica/`)['Cache-Control']).toBe(REVALIDATE);
      expect(headersFor(rules, `${base}sw.js`)['Cache-Control']).toBe(REVALIDATE);
    });

    it(`sends the security headers with every response (base ${base})`, () => {
      const headers = headersFor(rules, `${base}pagefind/pagefind.js`);
      expect(headers['Content-Security-Policy']).toBe("default-src 'self'");
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    });

    it(`keeps every rule under the base path (base ${base})`, () => {
      expect(rules.every((r) => r.path.startsWith(base))).toBe(true);
    });
  }

  it('adds no rule for a hashed folder the build does not have', () => {
    const rules = headerRules({ base: '/', files: ['index.html'], csp: 'x' });
    expect(rules.map((r) => r.path)).toEqual(['/*', '/', '/index.html']);
  });
});

describe('formatHeaders / parseHeaders', () => {
  it('round-trips the rules through the text of a _headers file', () => {
    const rules = headerRules({ base: '/microsite/', files: FILES, csp: "default-src 'self'; img-src 'self' data:" });
    const text = formatHeaders(rules);
    expect(text).toMatch(/^# /);
    expect(text).toContain('\n/microsite/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(parseHeaders(text)).toEqual(rules);
  });

  it('reads Windows line endings, comments and blank lines', () => {
    expect(parseHeaders('# c\r\n\r\n/a\r\n  X-A: 1\r\n  X-B: b: c\r\n')).toEqual([
      { path: '/a', headers: { 'X-A': '1', 'X-B': 'b: c' } },
    ]);
  });
});

describe('matchesPath / headersFor', () => {
  it('matches exact paths and trailing splats only', () => {
    expect(matchesPath('/a/*', '/a/b/c')).toBe(true);
    expect(matchesPath('/a/*', '/b/a/')).toBe(false);
    expect(matchesPath('/a/', '/a/index.html')).toBe(false);
  });

  it('joins a header set by two matching rules, as Netlify and Cloudflare do', () => {
    const rules = [
      { path: '/*', headers: { 'Cache-Control': 'no-cache' } },
      { path: '/a/*', headers: { 'Cache-Control': 'immutable' } },
    ];
    expect(headersFor(rules, '/a/x')['Cache-Control']).toBe('no-cache, immutable');
  });
});
