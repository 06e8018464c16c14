// The built site's offline parts, read from dist-test/root: the worker holds every file a reader needs, the
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
import { DIST } from '../support/paths.ts';

// The files a host serves: not the hosts' own rules, not the gzipped copies (sent in place of their file).
const files = servedFiles(listFiles(DIST));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const sw = read('sw.js');
const rules = parseHeaders(read('_headers'));
const pages = files.filter((f) => f.endsWith('.html'));

describe('the service worker', () => {
  it('precaches every page, stylesheet, script, font, icon and the manifest', () => {
    const needed = files.filter(
      (f) => /\.(html|css|js|woff2|png|svg|webmanifest)$/.test(f) && f !== 'sw.js' && !f.startsWith('pagefind/'),
    );
    expect(needed.length).toBeGreaterThan(10);
    for (const file of needed) expect(sw, file).toContain(`"${file}"`);
  });

  it('precaches every file of the search, and the build holds none that no page loads', () => {
    const search = files.filter((f) => f.startsWith('pagefind/'));
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as PagefindEntry;
    expect(unusedBundleFiles(files, entry)).toEqual([]);
    for (const file of search) expect(sw, file).toContain(`"${file}"`);
    for (const lang of Object.values(entry.languages)) expect(sw).toContain(`"pagefind/wasm.${lang.wasm}.pagefind"`);
  });

  it('pins every file to its bytes with subresource integrity', () => {
    const entries = [...sw.matchAll(/\{url:"([^"]+)",revision:"[0-9a-f]+",integrity:"(sha384-[^"]+)"\}/g)];
    expect(entries.length).toBe([...sw.matchAll(/\{url:"/g)].length);
    for (const [, url, integrity] of entries) expect(integrity, url).toBe(sri(readFileSync(join(DIST, url ?? ''))));
  });

  it('holds neither itself nor the host rules', () => {
    expect(sw).not.toContain('"sw.js"');
    expect(sw).not.toContain('"_headers"');
  });

  it('names its cache after the build and falls back to the offline page', () => {
    expect(sw).toMatch(/erdogan-kz-[0-9a-f]{10}/);
    expect(sw).toContain('offline/index.html');
    expect(files).toContain('offline/index.html');
  });
});

describe("the precache's summary, read by the offline-reading control", () => {
  const summary = JSON.parse(read(PRECACHE_SUMMARY)) as PrecacheSummary;
  const urls = [...sw.matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1] ?? '');

  it("counts the worker's files and names its cache", () => {
    expect(summary.files).toBe(urls.length);
    expect(sw).toContain(`erdogan-kz-${summary.version}`);
  });

  it('gives their bytes on the wire and the worker\'s own, and is not kept itself', () => {
    const bytes = urls.reduce((sum, url) => sum + servedFileBytes(join(DIST, url)), servedFileBytes(join(DIST, 'sw.js')));
    expect(summary.bytes).toBe(bytes);
    expect(urls).not.toContain(PRECACHE_SUMMARY);
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
