import { describe, expect, it } from 'vitest';
import { buildVersion } from '../../src/lib/offline/build-version.ts';
import { sri, withIntegrity } from '../../src/lib/offline/integrity.ts';
import { manifestIcons, webManifest } from '../../src/lib/offline/manifest.ts';
import {
  AUTO_SAVE_LIMIT,
  CORE_LIMIT,
  FILE_LIST,
  isCore,
  isKept,
  OFFLINE_PAGE,
} from '../../src/lib/offline/service-worker-config.ts';
import { cacheKey } from '../../src/lib/offline/cache-key.ts';
import { unusedBundleFiles, unusedWasm } from '../../src/lib/search/bundle.ts';
import {
  isPrecacheOf,
  PRECACHE_SUMMARY,
  precacheName,
  precacheSummary,
} from '../../src/lib/offline/precache-summary.ts';

describe('buildVersion', () => {
  const a = [
    { url: 'index.html', revision: '1' },
    { url: 'cica/index.html', revision: '2' },
  ];

  it('is the same for the same files in any order', () => {
    expect(buildVersion(a)).toMatch(/^[0-9a-f]{10}$/);
    expect(buildVersion([...a].reverse())).toBe(buildVersion(a));
  });

  it('changes when any file changes', () => {
    expect(buildVersion([a[0]!, { url: 'cica/index.html', revision: '3' }])).not.toBe(buildVersion(a));
  });
});

describe('webManifest', () => {
  const input = {
    name: 'اسم',
    shortName: 'قصير',
    description: 'وصف',
    lang: 'ar',
    dir: 'rtl' as const,
    base: '/microsite/',
    themeColor: '#0b5f56',
    backgroundColor: '#fbfaf7',
  };

  it('is Arabic, right to left, and scoped to the base path', () => {
    const m = webManifest(input);
    expect(m).toMatchObject({
      lang: 'ar',
      dir: 'rtl',
      start_url: '/microsite/',
      scope: '/microsite/',
      id: '/microsite/',
    });
    expect(m.display).toBe('standalone');
  });

  it('has icons under the base path, a 192 and a 512, and a maskable one', () => {
    const icons = manifestIcons('/microsite/');
    expect(icons.every((i) => i.src.startsWith('/microsite/app-icons/'))).toBe(true);
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });
});

describe('what the worker keeps', () => {
  it('keeps the whole search, never itself, the host rules or its own lists', () => {
    for (const file of ['index.html', 'a.css', 'a.js', 'f.woff2', 'pagefind/wasm.ar.pagefind', 'pagefind/x.pf_meta'])
      expect(isKept(file), file).toBe(true);
    for (const ext of ['pf_index', 'pf_fragment', 'pf_filter']) expect(isKept(`pagefind/x/y.${ext}`), ext).toBe(true);
    for (const file of ['sw.js', '_headers', 'robots.txt', 'a.js.map', FILE_LIST, PRECACHE_SUMMARY, 'book.epub'])
      expect(isKept(file), file).toBe(false);
  });

  it('puts in the core the shell, fonts, search engine and offline page, and no chapter or index', () => {
    for (const file of ['_astro/a.css', '_astro/b.js', '_astro/f.woff2', OFFLINE_PAGE, 'pagefind/pagefind.js'])
      expect(isCore(file), file).toBe(true);
    for (const file of ['index.html', 'cica/index.html', 'pagefind/index/ar_1.pf_index', 'pagefind/vocabulary.json'])
      expect(isCore(file), file).toBe(false);
    expect(AUTO_SAVE_LIMIT).toBeGreaterThan(CORE_LIMIT);
  });
});

describe('cacheKey', () => {
  const scope = 'https://example.org/sub/';

  it('keys a folder by its index.html and drops the query and fragment', () => {
    expect(cacheKey('https://example.org/sub/cica/?q=x#p-1', scope)).toBe('https://example.org/sub/cica/index.html');
    expect(cacheKey('https://example.org/sub/', scope)).toBe('https://example.org/sub/index.html');
    expect(cacheKey('https://example.org/sub/pagefind/pagefind-entry.json?ts=1', scope)).toBe(
      'https://example.org/sub/pagefind/pagefind-entry.json',
    );
  });

  it('leaves alone what is out of the scope or not kept', () => {
    expect(cacheKey('https://example.org/other/', scope)).toBeUndefined();
    expect(cacheKey('https://example.org/sub/sw.js', scope)).toBeUndefined();
    expect(cacheKey(`https://example.org/sub/${PRECACHE_SUMMARY}`, scope)).toBeUndefined();
  });
});

describe('unusedBundleFiles', () => {
  it('names every Pagefind UI, its highlight script and the unused WASM, and keeps the engine and its worker', () => {
    const files = ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui']
      .flatMap((ui) => [`pagefind/${ui}.js`, `pagefind/${ui}.css`])
      .concat(['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-highlight.js'])
      .concat(['pagefind/wasm.ar.pagefind', 'pagefind/wasm.unknown.pagefind']);
    const unused = unusedBundleFiles(files, { languages: { ar: { wasm: 'ar' } } });
    expect(unused).toHaveLength(8);
    expect(unused).toContain('pagefind/pagefind-highlight.js');
    for (const kept of ['pagefind.js', 'pagefind-worker.js', 'wasm.ar.pagefind'])
      expect(unused, kept).not.toContain(`pagefind/${kept}`);
  });
});

describe('unusedWasm', () => {
  const files = ['pagefind/wasm.ar.pagefind', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind.js'];

  it('names the WASM files no language of the index loads', () => {
    expect(unusedWasm(files, { languages: { ar: { wasm: 'ar' } } })).toEqual(['pagefind/wasm.unknown.pagefind']);
  });

  it('keeps the unknown-language WASM when a language has no WASM of its own', () => {
    expect(unusedWasm(files, { languages: { ar: { wasm: 'ar' }, xx: { wasm: null } } })).toEqual([]);
  });
});

describe('sri / withIntegrity', () => {
  it('gives each entry the sha384 of its bytes, as subresource integrity expects', () => {
    const bytes = new TextEncoder().encode('abc');
    expect(sri(bytes)).toBe('sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
    const entries = withIntegrity([{ url: 'a.css', revision: '1' }], () => bytes);
    expect(entries).toEqual([{ url: 'a.css', revision: '1', integrity: sri(bytes) }]);
  });
});

describe('precacheSummary', () => {
  it("adds the kept files' bytes to the worker's and counts the files", () => {
    expect(precacheSummary('0123456789', [100, 250, 50], 9000)).toEqual({
      version: '0123456789',
      files: 3,
      bytes: 9400,
    });
    expect(precacheSummary('0123456789', [], 9000)).toEqual({ version: '0123456789', files: 0, bytes: 9000 });
  });

  it("names one cache per build and scope, and knows the other builds' caches of the scope", () => {
    const name = precacheName('0123456789', 'https://example.org/sub/');
    expect(name).toBe('erdogan-kz-0123456789-precache-v2-https://example.org/sub/');
    expect(isPrecacheOf(name, 'https://example.org/sub/')).toBe(true);
    expect(isPrecacheOf(name, 'https://example.org/')).toBe(false);
    expect(isPrecacheOf('other-cache', 'https://example.org/sub/')).toBe(false);
  });
});
