import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatCaddy } from '../../src/lib/headers/caddy.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/lib/headers/cache.ts';
import { formatHtaccess } from '../../src/lib/headers/htaccess.ts';
import { formatNginx } from '../../src/lib/headers/nginx.ts';
import { hostPolicy, isHidden, quoted, underBase } from '../../src/lib/headers/policy.ts';
import { gzippedCopy } from '../../src/lib/headers/precompress.ts';
import { RESERVED_FOLDERS, reservedClashes } from '../../src/lib/headers/reserved.ts';
import { contentTypeFor, extensionOf, isCompressible } from '../../src/lib/headers/types.ts';
import { ROOT } from '../../src/tools/root.ts';

const CSP = "default-src 'self'; script-src 'self' 'sha256-abc+/=' 'wasm-unsafe-eval'";
const policy = hostPolicy({ base: '/microsite/', csp: CSP });

/** The regular expression a configuration line carries in double quotes after `prefix`. */
function quotedAfter(text: string, prefix: string): RegExp {
  const line = text.split('\n').find((l) => l.trim().startsWith(prefix)) ?? '';
  return new RegExp(/"([^"]+)"/.exec(line)?.[1] ?? '^$');
}

describe('hostPolicy', () => {
  it('hides the hosts’ own files and every dotfile, and nothing the site serves', () => {
    for (const path of ['_headers', '_redirects', '.htaccess', 'a/.git/config', '.well-known/x'])
      expect(isHidden(policy, path), path).toBe(true);
    for (const path of ['', 'cica/', 'sw.js', '_astro/a.js', 'pagefind/pagefind.js', 'x_headers'])
      expect(isHidden(policy, path), path).toBe(false);
  });

  it('matches the hashed files under the base, as full URL paths', () => {
    const hashed = new RegExp(underBase(policy.cache.hashed, policy.base));
    expect(hashed.test('/microsite/_astro/a.js')).toBe(true);
    expect(hashed.test('/microsite/pagefind/pagefind.ar_1.pf_meta')).toBe(true);
    expect(hashed.test('/microsite/pagefind/pagefind.js')).toBe(false);
    expect(hashed.test('/_astro/a.js')).toBe(false);
  });

  it('refuses to quote a value a server would read wrong', () => {
    expect(quoted("a 'b'")).toBe(`"a 'b'"`);
    expect(() => quoted('a"b')).toThrow();
  });
});

describe('types', () => {
  it('names every kind of built file, text in UTF-8', () => {
    expect(contentTypeFor('a/wasm.ar.pagefind')).toBe('application/wasm');
    expect(contentTypeFor('manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentTypeFor('book.epub')).toBe('application/epub+zip');
    expect(contentTypeFor('cica/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('x.pf_fragment')).toBe('application/octet-stream');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
    expect(extensionOf('a.b/c')).toBe('');
  });

  it('compresses text and WebAssembly, not fonts, images or archives', () => {
    for (const f of ['a.html', 'a.css', 'a.js', 'a.json', 'a.svg', 'wasm.ar.pagefind'])
      expect(isCompressible(f), f).toBe(true);
    for (const f of ['a.woff2', 'a.png', 'a.epub', 'a.pf_index']) expect(isCompressible(f), f).toBe(false);
  });
});

describe('gzippedCopy', () => {
  const text = Buffer.from('<p>كازاخستان</p>\n'.repeat(100));
  const dir = mkdtempSync(join(tmpdir(), 'gzipped-copy-'));
  const file = (name: string, content: Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('is the file gzipped, when that is smaller', () => {
    const copy = gzippedCopy('a.html', file('a.html', text));
    expect(copy && gunzipSync(copy).equals(text)).toBe(true);
    expect(copy?.length).toBeLessThan(text.length);
  });

  it('is left out for files that do not shrink or are not compressed on the wire', () => {
    expect(gzippedCopy('a.png', file('a.png', text))).toBeUndefined();
    expect(gzippedCopy('a.html.gz', file('a.html.gz', text))).toBeUndefined();
    expect(gzippedCopy('a.txt', file('a.txt', Buffer.from('ab')))).toBeUndefined();
  });
});

describe('formatHtaccess', () => {
  const text = formatHtaccess(policy);

  it('answers unknown paths with the Arabic 404 page under the base, and lists no folder', () => {
    expect(text).toContain('ErrorDocument 404 /microsite/404.html\n');
    expect(text).toContain('Options -Indexes');
  });

  it('sends the security headers on every response and one Cache-Control per file', () => {
    expect(text).toContain(`Header always set Content-Security-Policy "${CSP}"`);
    expect(text).toContain('Header always set X-Content-Type-Options "nosniff"');
    expect(text).toContain(`Header set Cache-Control "${REVALIDATE}"`);
    const condition = /<If "%\{REQUEST_URI\} =~ m#(.+)#">\n\s+Header set Cache-Control "(.+)"/.exec(text);
    expect(condition?.[2]).toBe(IMMUTABLE);
    expect(new RegExp(condition?.[1] ?? '^$').test('/microsite/_astro/a.css')).toBe(true);
  });

  it('types Pagefind’s WebAssembly, the manifest and the EPUB, and never serves the hosts’ files', () => {
    expect(text).toMatch(/^AddType application\/wasm .*\.pagefind/m);
    expect(text).toContain('AddType application/manifest+json .webmanifest');
    expect(text).toContain('AddType application/epub+zip .epub');
    const hidden = quotedAfter(text, 'RedirectMatch 404');
    expect(hidden.test('/microsite/_headers')).toBe(true);
    expect(hidden.test('/microsite/sw.js')).toBe(false);
  });

  it('sends the gzipped copies as the files themselves', () => {
    expect(text).toContain('AddEncoding gzip .gz');
    expect(text).toContain('RewriteBase /microsite/');
    expect(text).toContain('RewriteRule ^(.+)$ $1.gz [END]');
  });
});

describe('formatNginx', () => {
  const text = formatNginx(policy, { root: '/var/www' });

  it('is one location for the base, rooted so that the build is at <root><base>', () => {
    expect(text).toMatch(/^location \/microsite\/ \{\n {4}root \/var\/www;/m);
    expect(text).toContain('error_page 403 404 =404 /microsite/404.html;');
    expect(text).toContain('gzip_static on;');
  });

  it('repeats the security headers in the nested location, where nginx would drop them', () => {
    expect(text.match(/add_header Content-Security-Policy/g)).toHaveLength(2);
    expect(text.match(/add_header .* always;/g)).toHaveLength(8);
    expect(quotedAfter(text, 'location ~').test('/microsite/pagefind/index/ar_1.pf_index')).toBe(true);
  });

  it('types every kind of built file', () => {
    expect(text).toContain('application/wasm wasm pagefind;');
    expect(text).toContain('application/epub+zip epub;');
  });
});

describe('formatCaddy', () => {
  const text = formatCaddy(policy, { root: '/srv' });

  it('serves the base from the root with the gzipped copies, and the 404 page on errors', () => {
    expect(text).toContain('@site path /microsite/*\nhandle @site {\n\troot * /srv');
    expect(text).toContain('precompressed gzip');
    expect(text).toContain('rewrite * /microsite/404.html');
  });

  it('sets Cache-Control once: immutable where hashed, revalidate where not', () => {
    expect(text).toContain(`header @hashed Cache-Control "${IMMUTABLE}"`);
    expect(text).toContain(`header @mutable Cache-Control "${REVALIDATE}"`);
    expect(text).toContain('\terror @hidden 404');
  });
});

describe('reservedClashes', () => {
  it('names folders a server keeps for itself, with why', () => {
    expect(reservedClashes(['icons', 'app-icons', 'cica', 'CGI-BIN'])).toEqual([
      `icons/: ${RESERVED_FOLDERS.icons}`,
      `CGI-BIN/: ${RESERVED_FOLDERS['cgi-bin']}`,
    ]);
  });

  it('finds none among the site’s top-level folders: public/, the routes and the chapters', () => {
    const names = (dir: string) => readdirSync(join(ROOT, dir)).map((f) => f.replace(/\.(astro|ts|mdx)$/, ''));
    const folders = [...names('public'), ...names('src/pages'), ...names('src/routes'), ...names('content/chapters')];
    expect(folders).toContain('app-icons');
    expect(reservedClashes(folders)).toEqual([]);
  });
});
