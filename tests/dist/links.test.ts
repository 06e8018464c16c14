// Every internal link, asset and #fragment in the built site resolves to a file and an id.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, TEST_SITE_URL } from '../support/paths.ts';
import { listPages } from '../../src/lib/files.ts';
import { loadPage, querySelectorAll } from '../support/html.ts';

const pages = listPages(DIST).filter((f) => !f.startsWith('pagefind/'));
const idsCache = new Map<string, Set<string>>();

function ids(file: string): Set<string> {
  let set = idsCache.get(file);
  if (!set) {
    set = new Set(querySelectorAll(loadPage(DIST, file).doc, '[id]').map((n) => String(n.attributes.id)));
    idsCache.set(file, set);
  }
  return set;
}

/** The built file a site path points at, or undefined when there is none. */
function fileFor(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname).replace(/^\//, '');
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}

describe('internal links', () => {
  it.each(pages)('%s: every href and src resolves', (page) => {
    const { doc } = loadPage(DIST, page);
    const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, TEST_SITE_URL);
    const refs = querySelectorAll(doc, '[href], [src]').map((n) => String(n.attributes.href ?? n.attributes.src));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const url = new URL(ref, pageUrl);
      if (url.origin !== TEST_SITE_URL) continue;
      const target = fileFor(url.pathname);
      expect(target, `${page}: ${ref}`).toBeDefined();
      if (url.hash && target?.endsWith('.html')) {
        expect(ids(target).has(decodeURIComponent(url.hash.slice(1))), `${page}: ${ref}`).toBe(true);
      }
    }
  });
});
