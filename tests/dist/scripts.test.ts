// The browser code as built into dist-test/root: every page runs one self-contained module, and whatever it
// fetches later is a chunk of the build (src/integrations/vite-lazy-url.ts), never through Vite's preload helper.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { DIST } from '../support/paths.ts';

const files = listFiles(DIST);
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const chunks = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.js'));
const boot = chunks.filter((f) => f.startsWith('_astro/BaseLayout.astro_astro_type_script'));

describe('the module every page runs', () => {
  it('is one file that imports nothing, statically or with import()', () => {
    expect(boot).toHaveLength(1);
    const code = read(boot[0] ?? '');
    expect(code).not.toMatch(/\bimport\s*[({"'`]|\bfrom\s*["'`]/);
  });

  it('is the only module script of every reading page', () => {
    for (const page of ['index.html', 'cica/index.html', '404.html']) {
      const scripts = [...read(page).matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts, page).toEqual([`/${boot[0]}`]);
    }
  });

  it('names, for later, chunks that are in the build: the search element, the highlight, the update notice', () => {
    const urls = [...read(boot[0] ?? '').matchAll(/["'`](\/_astro\/[^"'`]+\.js)["'`]/g)].map((m) => m[1] ?? '');
    expect(urls.map((u) => u.replace(/^\/_astro\/|\.[\w-]+\.js$/g, '')).sort()).toEqual([
      'highlight',
      'site-search',
      'update-notice',
    ]);
    for (const url of urls) expect(existsSync(join(DIST, url)), url).toBe(true);
  });
});

describe('the chunks fetched on use', () => {
  it("never carry Vite's preload helper", () => {
    for (const chunk of chunks) expect(read(chunk), chunk).not.toContain('vite:preloadError');
  });
});

describe('the search code', () => {
  it("imports Pagefind's engine from the bundle, statically, in one chunk the control's lazy URL and the search page share", () => {
    const engine = chunks.filter((f) => read(f).includes('from"../pagefind/pagefind.js"'));
    expect(engine).toHaveLength(1);
    const name = (engine[0] ?? '').replace('_astro/', '');
    const imports = (f: string) => new RegExp(`(from|import)\\s*"\\./${name.replace(/\./g, '\\.')}"`).test(read(f));
    // The chunk <site-search>'s code is fetched from on first use (boot's ?lazy URL), and the search page's script.
    const lazy = [...read(boot[0] ?? '').matchAll(/["'`]\/(_astro\/site-search\.[\w-]+\.js)["'`]/g)].map((m) => m[1] ?? '');
    expect(lazy).toHaveLength(1);
    const page = chunks.filter((f) => f.startsWith('_astro/search.astro_astro_type_script'));
    expect(page).toHaveLength(1);
    for (const importer of [...lazy, ...page]) expect(importer === engine[0] || imports(importer), importer).toBe(true);
    // Nothing else reaches it: reading pages fetch it only through the lazy URL.
    const others = chunks.filter((f) => imports(f) && ![...lazy, ...page].includes(f));
    expect(others).toEqual([]);
  });

  it('is announced in the search page head, with pagefind.js, so the page fetches all of it at once', () => {
    const html = read('search/index.html');
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
    const engine = chunks.find((f) => read(f).includes('from"../pagefind/pagefind.js"'));
    expect(preloads).toEqual([`/${engine}`, '/pagefind/pagefind.js']);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
    for (const page of ['index.html', 'cica/index.html', '404.html']) expect(read(page), page).not.toContain('modulepreload');
  });

  it('ships none of the search UIs nor the highlight script Pagefind writes: the site draws and marks its own', () => {
    expect(files.filter((f) => /^pagefind\/pagefind-((component-|modular-)?ui|highlight)\./.test(f))).toEqual([]);
    for (const kept of ['pagefind.js', 'pagefind-worker.js'])
      expect(files, kept).toContain(`pagefind/${kept}`);
  });
});
