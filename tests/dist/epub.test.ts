// The EPUB edition as built: a valid EPUB 3 (W3C EPUBCheck, 0 errors and 0 warnings), Arabic and right to
// left, every paragraph exactly once and in order, the fonts embedded, stable metadata, and the same bytes
// whatever BASE_PATH is.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';
import { siteDir } from '../support/sites.ts';
import { article, chapters } from '../support/chapters.ts';
import { EPUB_FILE } from '../../src/lib/epub/edition.ts';
import { decodeEntities } from '../../src/lib/html/entities.ts';
import { parseHeaders, headersFor } from '../../src/lib/headers/rules.ts';
import { nameOf } from '../../src/lib/fonts/sfnt-names.ts';
import { site } from '../../src/site.ts';
import fontverter from 'fontverter';

/** Debian's epubcheck package (`apt-get install epubcheck`, which .ci/run does). */
const EPUBCHECK = '/usr/share/java/epubcheck.jar';
const bytes = readFileSync(join(DIST, EPUB_FILE));
const files = unzipSync(new Uint8Array(bytes));
const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());
const opf = text('OEBPS/content.opf');

describe('the EPUB edition', () => {
  it('passes W3C EPUBCheck with no error and no warning', () => {
    if (!existsSync(EPUBCHECK)) throw new Error(`${EPUBCHECK} not found: install Debian's epubcheck (apt-get install epubcheck)`);
    const run = (): string => {
      try {
        return execFileSync('java', ['-jar', EPUBCHECK, join(DIST, EPUB_FILE)], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string };
        throw new Error(`epubcheck failed:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`, { cause: error });
      }
    };
    expect(run()).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/);
    // Java's start and EPUBCheck's schemas take a minute on a loaded two-core machine.
  }, 180_000);

  it('starts with the mimetype, stored, as the container format requires', () => {
    // The first local file header: signature, then the name at byte 30; method 0 (stored) at byte 8.
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(text('mimetype')).toBe('application/epub+zip');
  });

  it('is Arabic and right to left: dc:language, the spine, and dir on every XHTML file', () => {
    expect(opf).toContain('<dc:language>ar</dc:language>');
    expect(opf).toContain('<spine page-progression-direction="rtl">');
    const xhtml = Object.keys(files).filter((f) => f.endsWith('.xhtml'));
    expect(xhtml.length).toBeGreaterThan(2);
    for (const f of xhtml) expect(text(f), f).toMatch(/<html [^>]*dir="rtl"/);
  });

  it('has a stable identifier and modification date, and the subset Noto Naskh embedded', () => {
    expect(opf).toMatch(/<dc:identifier id="pub-id">urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
    expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/meta>/);
    const fonts = Object.keys(files).filter((f) => f.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(opf).toContain(`href="${f.replace('OEBPS/', '')}" media-type="font/woff2"`);
  });

  it('names a creator and the source, so readers show no "Unknown" author', () => {
    expect(opf).toContain(`<dc:creator>${site.name}</dc:creator>`);
    expect(opf).toContain(`<dc:source>${site.source.note}</dc:source>`);
  });

  it("embeds faces with names of their own, none the site's (a reader merges faces that share a PostScript name)", async () => {
    const fonts = Object.keys(files).filter((f) => f.endsWith('.woff2'));
    const names: (string | undefined)[] = [];
    // One at a time: the WOFF2 decoder's WebAssembly memory is shared between calls.
    for (const f of fonts) names.push(nameOf(new Uint8Array(await fontverter.convert(Buffer.from(files[f]!), 'sfnt', 'woff2')), 6));
    expect(new Set(names).size).toBe(fonts.length);
    for (const n of names) expect(n).toMatch(/^NotoNaskhArabicBook/);
  });

  it("holds every paragraph of the article exactly once, in the chapters' reading order, and the subheading", () => {
    const order = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1]);
    const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
    const pages = order.map((id) => text(`OEBPS/${hrefs.get(id) ?? ''}`));
    const plain = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ''));
    const paragraphs = pages.flatMap((p) => [...p.matchAll(/<p id="p-\d+">([\s\S]*?)<\/p>/g)].map((m) => plain(m[1] ?? '')));
    expect(paragraphs).toEqual(chapters.flatMap((c) => c.paragraphs).map((n) => article.paragraphs[n - 1]));
    expect([...paragraphs].sort()).toEqual([...article.paragraphs].sort());
    const headings = pages.flatMap((p) => [...p.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => plain(m[1] ?? '')));
    expect(headings).toEqual(article.headings);
    // The title page with the source note comes first.
    expect(plain(pages[0] ?? '')).toContain(article.title);
  });

  it('is served as application/epub+zip by the build’s _headers', () => {
    const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
    expect(headersFor(rules, `/${EPUB_FILE}`)['Content-Type']).toBe('application/epub+zip');
  });

  describe('under a base path', () => {
    it('is the same, byte for byte: it links nowhere on the site', () => {
      expect(readFileSync(join(siteDir('subpath'), EPUB_FILE)).equals(bytes)).toBe(true);
    });
  });
});
