import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource, metaContentSecurityPolicy } from '../../src/lib/headers/csp.ts';
import { cacheControlFor, IMMUTABLE, isHashed, REVALIDATE } from '../../src/lib/headers/cache.ts';
import {
  buildPolicyOf,
  formatHeaders,
  headerRules,
  headersFor,
  headersLimitProblems,
  HEADERS_LIMITS,
  matchesPath,
  parseHeaders,
  servedFiles,
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

describe('metaContentSecurityPolicy', () => {
  it('is the same policy without what a <meta> cannot carry (frame-ancestors)', () => {
    const header = contentSecurityPolicy({ inlineScripts: [themeScript] });
    const meta = metaContentSecurityPolicy({ inlineScripts: [themeScript] });
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toBe(header.replace("; frame-ancestors 'none'", ''));
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

  it("serves neither the hosts' files nor the gzipped copies as files of their own", () => {
    expect(servedFiles(['_headers', '.htaccess', 'sw.js', 'sw.js.gz', 'a.gz', 'index.html'])).toEqual([
      'sw.js',
      'a.gz',
      'index.html',
    ]);
    const rules = headerRules({ base: '/', files: [...FILES, '_headers', '.htaccess', 'sw.js.gz'], csp: 'x' });
    expect(rules.some((r) => /_headers|htaccess|\.gz$/.test(r.path))).toBe(false);
  });

  it('covers every page with a few placeholder rules, and types the EPUB and the WebAssembly', () => {
    const files = [...FILES, 'syria/index.html', 'names/index.html', 'book.epub'];
    const rules = headerRules({ base: '/microsite/', files, csp: 'x' });
    const paths = rules.map((r) => r.path);
    expect(paths).toContain('/microsite/:p1/');
    expect(paths).toContain('/microsite/:p1/index.html');
    expect(paths.filter((p) => p.includes('cica') || p.includes('syria'))).toEqual([]);
    expect(headersFor(rules, '/microsite/book.epub')['Content-Type']).toBe('application/epub+zip');
    expect(headersFor(rules, '/microsite/pagefind/wasm.ar.pagefind')['Content-Type']).toBe('application/wasm');
    // No pattern of the revalidated files reaches a hashed one.
    expect(headersFor(rules, '/microsite/pagefind/pagefind.ar_a781fcdcd8.pf_meta')['Cache-Control']).toBe(IMMUTABLE);
  });

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
  it('matches exact paths, splats and one-segment placeholders, as Netlify and Cloudflare do', () => {
    expect(matchesPath('/a/*', '/a/b/c')).toBe(true);
    expect(matchesPath('/a/*', '/b/a/')).toBe(false);
    expect(matchesPath('/a/', '/a/index.html')).toBe(false);
    expect(matchesPath('/:p1/', '/cica/')).toBe(true);
    expect(matchesPath('/:p1/', '/a/b/')).toBe(false);
    expect(matchesPath('/:p1/', '/')).toBe(false);
    expect(matchesPath('/:p1/index.html', '/cica/index.html')).toBe(true);
    expect(matchesPath('/m.x/:p1', '/mix/a')).toBe(false);
  });

  it('joins a header set by two matching rules, as Netlify and Cloudflare do', () => {
    const rules = [
      { path: '/*', headers: { 'Cache-Control': 'no-cache' } },
      { path: '/a/*', headers: { 'Cache-Control': 'immutable' } },
    ];
    expect(headersFor(rules, '/a/x')['Cache-Control']).toBe('no-cache, immutable');
  });
});

describe('buildPolicyOf', () => {
  it('reads back the base and the policy a build was made with', () => {
    const text = formatHeaders(headerRules({ base: '/microsite/', files: FILES, csp: "default-src 'self'" }));
    expect(buildPolicyOf(text)).toEqual({ base: '/microsite/', csp: "default-src 'self'" });
    expect(buildPolicyOf('/a\n  X: y\n')).toBeUndefined();
  });
});

/** The files of a build of `n` chapters, shaped as the scale benchmark's (tests/support/measure/synthetic.ts). */
function syntheticBuild(n: number): string[] {
  const chapters = Array.from({ length: n }, (_, i) => `chapter-${String(i + 1).padStart(4, '0')}/index.html`);
  const fragments = Array.from({ length: n }, (_, i) => `pagefind/fragment/ar_${i.toString(16)}.pf_fragment`);
  const index = Array.from({ length: Math.ceil(n / 10) }, (_, i) => `pagefind/index/ar_${i.toString(16)}.pf_index`);
  return [
    ...FILES,
    ...chapters,
    ...fragments,
    ...index,
    'pagefind/filter/ar_1.pf_filter',
    'pagefind/vocabulary.json',
    'pagefind/pagefind-worker.js',
    'app-icons/icon.svg',
    'app-icons/icon-192.png',
    'offline-reading/index.html',
    'offline-reading/precache.json',
    'erdogan-kazakhstan.epub',
    'robots.txt',
    'sitemap.xml',
  ];
}

describe("_headers within Cloudflare Pages' limits at any size", () => {
  const csp = contentSecurityPolicy({ inlineScripts: [themeScript] });
  for (const base of ['/', '/a-long-base-path/for-a-site/']) {
    it(`stays under ${HEADERS_LIMITS.rules} rules and ${HEADERS_LIMITS.lineChars} characters a line at 1,000 chapters (base ${base})`, () => {
      const files = syntheticBuild(1000);
      const rules = headerRules({ base, files, csp });
      const text = formatHeaders(rules);
      expect(headersLimitProblems(text)).toEqual([]);
      // The rules do not grow with the chapters: the same number at 4 as at 1,000.
      expect(rules.length).toBe(headerRules({ base, files: syntheticBuild(4), csp }).length);
      for (const file of servedFiles(files)) {
        for (const path of urlPathsOf(file, base)) {
          const setters = rules.filter((r) => matchesPath(r.path, path) && 'Cache-Control' in r.headers);
          expect(setters, path).toHaveLength(1);
          expect(headersFor(rules, path)['Cache-Control'], path).toBe(cacheControlFor(file));
        }
      }
    });
  }

  it('names what is over: rules, or a line', () => {
    const many = Array.from({ length: 101 }, (_, i) => `/p${i}\n  X: 1`).join('\n');
    expect(headersLimitProblems(many)).toEqual(['101 rules, over the 100 Cloudflare Pages reads']);
    expect(headersLimitProblems(`/a\n  X: ${'x'.repeat(2000)}`)).toEqual(['line 2 has 2005 characters, over 2000']);
  });
});
