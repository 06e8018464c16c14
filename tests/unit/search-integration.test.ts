import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listPages } from '../../src/lib/files.ts';
import { pageUrl } from '../../src/integrations/steps/index-search.ts';
import { engineSpecifier } from '../../src/integrations/vite-pagefind-module.ts';

const dir = mkdtempSync(join(tmpdir(), 'pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pageUrl', () => {
  it('gives the directory URL of a page, from the site root', () => {
    expect(pageUrl('cica/index.html')).toBe('/cica/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('listPages', () => {
  it('lists the HTML files under a folder, sorted, with forward slashes', () => {
    for (const sub of ['cica', 'pagefind']) mkdirSync(join(dir, sub), { recursive: true });
    for (const file of ['index.html', 'cica/index.html', 'pagefind/x.html', 'style.css'])
      writeFileSync(join(dir, file), '');
    expect(listPages(dir)).toEqual(['cica/index.html', 'index.html', 'pagefind/x.html']);
  });
});

describe('engineSpecifier', () => {
  it('imports Pagefind relative to the chunk, so the build works under any base path', () => {
    expect(engineSpecifier('_astro/engine.abc.js')).toBe('../pagefind/pagefind.js');
    expect(engineSpecifier('assets/js/engine.js')).toBe('../../pagefind/pagefind.js');
    expect(engineSpecifier('engine.js')).toBe('./pagefind/pagefind.js');
  });
});
