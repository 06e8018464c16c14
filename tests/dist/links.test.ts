// Every internal link, asset and #fragment in the built site resolves to a file and an id.
import { describe, expect, it } from 'vitest';
import { DIST, TEST_SITE_URL } from '../support/paths.ts';
import { fileForPath, listPages } from '../../src/lib/files.ts';
import { pagePath } from '../../src/lib/urls.ts';
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

describe('internal links', () => {
  it.each(pages)('%s: every href and src resolves', (page) => {
    const { doc } = loadPage(DIST, page);
    const pageUrl = new URL(`/${pagePath(page)}`, TEST_SITE_URL);
    const refs = querySelectorAll(doc, '[href], [src]').map((n) => String(n.attributes.href ?? n.attributes.src));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const url = new URL(ref, pageUrl);
      if (url.origin !== TEST_SITE_URL) continue;
      const target = fileForPath(DIST, url.pathname);
      expect(target, `${page}: ${ref}`).toBeDefined();
      if (url.hash && target?.endsWith('.html')) {
        expect(ids(target).has(decodeURIComponent(url.hash.slice(1))), `${page}: ${ref}`).toBe(true);
      }
    }
  });
});
