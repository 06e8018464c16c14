// The dev server's pure parts (src/integrations/dev-server.ts, dev-search.ts); the loop itself runs in
// tests/browser/dev-server.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchedAs } from '../../src/integrations/dev-server.ts';
import { servedFile, unavailableModule } from '../../src/integrations/dev-search.ts';
import { searchUi } from '../../src/i18n/ui.ts';

describe('watchedAs', () => {
  const root = '/work/site';
  it('tells a chapter, another file of the chapter folder, the content store and anything else apart', () => {
    expect(watchedAs(join(root, 'content/chapters/cica.mdx'), root)).toBe('chapter');
    expect(watchedAs(join(root, 'content/chapters/notes.md'), root)).toBe('folder');
    expect(watchedAs(join(root, '.astro/data-store.json'), root)).toBe('store');
    expect(watchedAs(join(root, 'content/chapters-old/cica.mdx'), root)).toBeUndefined();
    expect(watchedAs(join(root, 'src/pages/index.astro'), root)).toBeUndefined();
  });
});

describe('servedFile', () => {
  const index = new Map([['pagefind.js', new Uint8Array([1])]]);
  it('serves the index’s files, and nothing it does not have', () => {
    expect(servedFile(index, 'pagefind.js')).toEqual(new Uint8Array([1]));
    expect(servedFile(index, 'pagefind-entry.json')).toBeUndefined();
  });
  it('serves a stand-in pagefind.js that says in Arabic why there is no index', () => {
    expect(servedFile('/cica/ answered 500', 'pagefind.js')).toBe(unavailableModule(searchUi.devUnavailable));
    expect(servedFile('/cica/ answered 500', 'vocabulary.json')).toBeUndefined();
  });
});
