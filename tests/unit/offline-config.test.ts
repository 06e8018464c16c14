import { describe, expect, it } from 'vitest';
import { buildVersion } from '../../src/lib/offline/build-version.ts';
import { sri, withIntegrity } from '../../src/lib/offline/integrity.ts';
import { manifestIcons, webManifest } from '../../src/lib/offline/manifest.ts';
import {
  OFFLINE_PAGE,
  PRECACHE_GLOBS,
  PRECACHE_IGNORES,
  serviceWorkerOptions,
} from '../../src/lib/offline/service-worker-config.ts';
import { unusedBundleFiles, unusedWasm } from '../../src/lib/search/bundle.ts';
import { PRECACHE_SUMMARY, precacheName, precacheSummary } from '../../src/lib/offline/precache-summary.ts';

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

describe('serviceWorkerOptions', () => {
  const options = serviceWorkerOptions('/out', 'abc123');

  it('names the cache after the build and deletes other builds’ caches', () => {
    expect(options.cacheId).toContain('abc123');
    expect(options.cleanupOutdatedCaches).toBe(true);
  });

  it('waits for the reader before a new version takes over', () => {
    expect(options.skipWaiting).toBe(false);
    expect(options.swDest).toBe('/out/sw.js');
  });

  it('precaches the whole search and never itself or the host rules', () => {
    const glob = PRECACHE_GLOBS.join(' ');
    for (const ext of ['html', 'css', 'js', 'woff2', 'pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']) {
      expect(glob).toContain(ext);
    }
    expect(PRECACHE_IGNORES).toEqual(expect.arrayContaining(['sw.js', '_headers']));
  });

  it('matches any query string and falls back to the offline page for navigations', () => {
    const ignore = options.ignoreURLParametersMatching ?? [];
    expect(['q', 'ts', 'pagefind-highlight'].every((p) => ignore.some((re) => re.test(p)))).toBe(true);
    expect(JSON.stringify(options.runtimeCaching)).toContain(OFFLINE_PAGE);
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

  it("names the cache as Workbox does for the worker's cacheId and a scope", () => {
    const options = serviceWorkerOptions('/tmp/out', '0123456789');
    expect(options.cacheId).toBe('erdogan-kz-0123456789');
    expect(precacheName('0123456789', 'https://example.org/sub/')).toBe(
      'erdogan-kz-0123456789-precache-v2-https://example.org/sub/',
    );
  });

  it('is not precached itself', () => {
    expect(PRECACHE_IGNORES).toContain(PRECACHE_SUMMARY);
  });
});
