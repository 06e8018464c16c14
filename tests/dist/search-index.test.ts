// The index step gives Pagefind only what it reads of each page (lib/search/index-html.ts, withoutChrome): the index
// it writes from that is byte for byte the one it writes from the whole prepared pages of the root build.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/integrations/steps/index-search.ts';
import { listFiles, listPages } from '../../src/lib/files.ts';
import { prepareForIndex, withoutChrome } from '../../src/lib/search/index-html.ts';
import { DIST } from '../support/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'site-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pages = listPages(DIST)
  .filter((file) => !file.startsWith('pagefind/'))
  .map((file) => ({ file, prepared: prepareForIndex(readFileSync(join(DIST, file), 'utf8')) }))
  .filter((page) => page.prepared.includes('data-pagefind-body'));

/** Pagefind's index of the pages, each given as `content` makes it, in the folder `name`; its files and bytes. */
async function indexOf(name: string, content: (prepared: string) => string): Promise<Map<string, string>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(errors.join('; '));
  for (const page of pages) await index.addHTMLFile({ url: pageUrl(page.file), content: content(page.prepared) });
  await index.writeFiles({ outputPath: join(work, name) });
  await pagefind.close();
  const dir = join(work, name);
  return new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

describe('the search index', () => {
  it('is the same from the pages without their chrome as from the whole pages', async () => {
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.every((page) => withoutChrome(page.prepared).length < page.prepared.length / 2)).toBe(true);
    const whole = await indexOf('whole', (prepared) => prepared);
    const slim = await indexOf('slim', withoutChrome);
    expect([...slim.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [file, bytes] of whole) expect(slim.get(file), file).toBe(bytes);
  });
});
