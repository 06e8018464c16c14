// The built site's offline parts, read from dist-test/root: the worker keeps a bounded core and lists every file, the
// _headers give each file one cache lifetime, and the CSP covers every inline script the pages run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashSource } from '../../src/lib/headers/csp.ts';
import { headersFor, matchesPath, parseHeaders, servedFiles, urlPathsOf } from '../../src/lib/headers/rules.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/lib/headers/cache.ts';
import { listFiles } from '../../src/lib/files.ts';
import { unusedBundleFiles, type PagefindEntry } from '../../src/lib/search/bundle.ts';
import { sri } from '../../src/lib/offline/integrity.ts';
import { PRECACHE_SUMMARY, type PrecacheSummary } from '../../src/lib/offline/precache-summary.ts';
import { servedFileBytes } from '../../src/lib/offline/served-bytes.ts';
import { CORE_LIMIT, FILE_LIST, OFFLINE_PAGE } from '../../src/lib/offline/service-worker-config.ts';
import type { KeptFile, WorkerData } from '../../src/lib/offline/worker-data.ts';
import { DIST } from '../support/paths.ts';

// The files a host serves: not the hosts' own rules, not the gzipped copies (sent in place of their file).
const files = servedFiles(listFiles(DIST));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const sw = read('sw.js');
const rules = parseHeaders(read('_headers'));
const pages = files.filter((f) => f.endsWith('.html'));

/** What the build inlined into sw.js (the define of integrations/steps/service-worker.ts). */
const data = JSON.parse(/\{"version":.*?"offlinePage":"[^"]*"\}/.exec(sw)?.[0] ?? '{}') as WorkerData;
const list = JSON.parse(read(FILE_LIST)) as KeptFile[];
const listed = list.map((f) => f.url);

describe('the service worker', () => {
  it('lists every page, stylesheet, script, font, icon and the manifest for saving the whole site', () => {
    const needed = files.filter(
      (f) => /\.(html|css|js|woff2|png|svg|webmanifest)$/.test(f) && f !== 'sw.js' && !f.startsWith('pagefind/'),
    );
    expect(needed.length).toBeGreaterThan(10);
    for (const file of needed) expect(listed, file).toContain(file);
    expect(data.files).toBe(list.length);
  });

  it('lists every file of the search, and the build holds none that no page loads', () => {
    const search = files.filter((f) => f.startsWith('pagefind/'));
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as PagefindEntry;
    expect(unusedBundleFiles(files, entry)).toEqual([]);
    for (const file of search) expect(listed, file).toContain(file);
    for (const lang of Object.values(entry.languages)) expect(listed).toContain(`pagefind/wasm.${lang.wasm}.pagefind`);
  });

  it('keeps on a first visit a core that names no chapter, within its bound', () => {
    const core = data.core.map((f) => f.url);
    expect(core).toContain(OFFLINE_PAGE);
    expect(core.some((f) => f.endsWith('.css'))).toBe(true);
    expect(core.some((f) => f.endsWith('.woff2'))).toBe(true);
    expect(core).toContain('pagefind/pagefind.js');
    for (const url of core) expect(url).not.toMatch(/^(?!offline\/)[a-z-]+\/index\.html$|\.pf_/);
    const bytes = core.reduce((sum, url) => sum + servedFileBytes(join(DIST, url)), 0);
    expect(data.coreBytes).toBe(bytes);
    expect(bytes).toBeLessThanOrEqual(CORE_LIMIT);
  });

  it('pins every file, and the list itself, to its bytes with subresource integrity', () => {
    for (const { url, integrity } of [...list, ...data.core, data.list])
      expect(integrity, url).toBe(sri(readFileSync(join(DIST, url))));
  });

  it('holds neither itself, the host rules nor its own lists', () => {
    for (const file of ['sw.js', '_headers', FILE_LIST, PRECACHE_SUMMARY]) expect(listed).not.toContain(file);
  });

  it('names its cache after the build and falls back to the offline page', () => {
    expect(data.version).toMatch(/^[0-9a-f]{10}$/);
    expect(data.offlinePage).toBe(OFFLINE_PAGE);
    expect(files).toContain(OFFLINE_PAGE);
  });
});

describe("the precache's summary, read by the offline-reading control", () => {
  const summary = JSON.parse(read(PRECACHE_SUMMARY)) as PrecacheSummary;

  it("counts the worker's files and names its build", () => {
    expect(summary.files).toBe(list.length);
    expect(summary.version).toBe(data.version);
  });

  it("gives their bytes on the wire and the worker's own", () => {
    const bytes = listed.reduce((sum, url) => sum + servedFileBytes(join(DIST, url)), servedFileBytes(join(DIST, 'sw.js')));
    expect(summary.bytes).toBe(bytes);
    expect(data.bytes).toBe(bytes - servedFileBytes(join(DIST, 'sw.js')));
  });
});

describe('_headers', () => {
  it('gives every file exactly one Cache-Control: a year for hashed files, revalidation for the rest', () => {
    for (const file of files) {
      for (const path of urlPathsOf(file, '/')) {
        const setters = rules.filter((r) => matchesPath(r.path, path) && r.headers['Cache-Control']);
        expect(setters, path).toHaveLength(1);
      }
    }
    expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe(REVALIDATE);
    expect(headersFor(rules, '/cica/')['Cache-Control']).toBe(REVALIDATE);
    const css = files.find((f) => f.startsWith('_astro/') && f.endsWith('.css'));
    expect(headersFor(rules, `/${css}`)['Cache-Control']).toBe(IMMUTABLE);
  });

  it("allows, by hash, exactly the inline scripts the pages run, and no inline style", () => {
    const csp = headersFor(rules, '/')['Content-Security-Policy'] ?? '';
    const hashes = new Set<string>();
    for (const page of pages) {
      const html = read(page);
      // Data blocks (JSON-LD) are not run, so the CSP does not apply to them.
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)) {
        hashes.add(hashSource(m[1] ?? ''));
      }
      expect(html, page).not.toMatch(/<style[\s>]|\sstyle=/);
      expect(html, page).not.toMatch(/<script type="module">/);
    }
    expect(hashes.size).toBe(1);
    for (const hash of hashes) expect(csp).toContain(hash);
    expect(csp.match(/'sha256-/g)).toHaveLength(1);
  });
});

describe('the web app manifest', () => {
  it('is linked from every page and names the site in Arabic, right to left', () => {
    for (const page of pages) expect(read(page), page).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    const manifest = JSON.parse(read('manifest.webmanifest'));
    expect(manifest).toMatchObject({ lang: 'ar', dir: 'rtl', start_url: '/', scope: '/' });
    for (const icon of manifest.icons) expect(files).toContain(icon.src.slice(1));
  });
});
