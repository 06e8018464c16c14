// The disk edition: `npm run build:disk` opened as files (file://) in Chromium. Styles, fonts, every link between
// pages and to paragraph anchors work; the search control explains in Arabic why search needs a server.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { diskUi } from '../../src/i18n/ui.ts';
import { listFiles } from '../../src/lib/files.ts';
import { serve } from '../support/server.ts';
import { useBrowser } from '../support/site-session.ts';
import { siteDir } from '../support/sites.ts';

const OUT = siteDir('disk');
const pages = () => listFiles(OUT).filter((f) => f.endsWith('.html'));
const session = useBrowser();
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  page = await session.browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
});

const open = (file: string) => page.goto(pathToFileURL(join(OUT, file)).href);

describe('the disk edition, opened from disk', () => {
  it('styles every page and sets it in the webfont', async () => {
    for (const file of pages()) {
      await open(file);
      const state = await page.evaluate(async () => {
        await document.fonts.ready;
        return {
          background: getComputedStyle(document.body).backgroundColor,
          fonts: [...document.fonts].filter((f) => f.status === 'loaded').length,
          broken: [...document.fonts].filter((f) => f.status === 'error').length,
        };
      });
      expect(state.background, file).toBe('rgb(251, 250, 247)');
      expect(state.fonts, file).toBeGreaterThan(0);
      expect(state.broken, file).toBe(0);
    }
  });

  it('links every page to files that exist, and every #fragment to an id on its page', async () => {
    let checked = 0;
    for (const file of pages()) {
      await open(file);
      const hrefs = await page.evaluate(() =>
        // Read from the attribute: an SVG link's `href` (the map's) is not a string.
        [...document.querySelectorAll('a[href], link[href]')]
          .map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href)
          .filter((href) => href.startsWith('file:')),
      );
      for (const href of hrefs) {
        const url = new URL(href);
        const target = fileURLToPath(url);
        expect(existsSync(target), `${file} -> ${href}`).toBe(true);
        expect(target.endsWith('/'), `${file} -> ${href}`).toBe(false);
        if (url.hash)
          expect(readFileSync(target, 'utf8'), href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('follows a link from the home page to a paragraph of a chapter', async () => {
    await open('index.html');
    await page.locator('main figure a').click();
    await page.waitForURL(/bilateral-ties\/index\.html#p-1$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-1');
    await page.locator('a[rel="next"]').first().click();
    await page.waitForURL(/\/cica\/index\.html$/);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('explains in Arabic, at the search control, why search needs a server and how to get it', async () => {
    await open('cica/index.html');
    // The header's search control (components/Search.astro) is marked data-site-search.
    await page.locator('[data-site-search]').first().click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(diskUi.searchTitle);
    expect(await dialog.textContent()).toContain(diskUi.searchHowTo);
    expect((await dialog.locator('code[dir="ltr"]').textContent())?.trim()).toBe(diskUi.searchCommand);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => dialog.waitFor({ state: 'hidden' }));
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open]').waitFor();
  });

  it('explains it on the search page too', async () => {
    await open('search/index.html');
    const note = page.locator('[data-search-page] [role="note"]');
    expect(await note.textContent()).toContain(diskUi.searchBody);
  });

  it('ran without an error in the console', () => {
    expect(errors).toEqual([]);
  });
});

describe('the disk edition, served over http instead', () => {
  it('starts its parked module scripts and shows no notice', async () => {
    const server = await serve(OUT);
    await page.goto(`${server.url}cica/index.html`, { waitUntil: 'networkidle' });
    const parked = await page.locator('script[data-module-src]').count();
    const started = await page.locator('script[type="module"]').count();
    expect(started).toBe(parked);
    expect(await page.evaluate(() => 'onDisk' in document.documentElement.dataset)).toBe(false);
    await server.close();
  });

  it('searches under whatever path the folder is served from', async () => {
    // The search code imports Pagefind relative to itself (integrations/vite-pagefind-module.ts).
    const server = await serve(OUT, { base: '/copies/erdogan/' });
    await page.goto(`${server.url}search/index.html?q=Putin`);
    const first = page.locator('[data-search-page] .search-result-link').first();
    await first.waitFor({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href')) ?? '', server.url).pathname).toBe(
      '/copies/erdogan/ukraine-mediation/',
    );
    await server.close();
  });
});

describe('what the disk edition has', () => {
  it('never builds what only a web host uses (lib/edition.ts): offline pages, manifest, worker, host files', () => {
    const files = listFiles(OUT);
    for (const webOnly of ['offline/', 'offline-reading/', 'manifest.webmanifest', 'sw.js', '_headers', 'robots.txt'])
      expect(
        files.filter((f) => f.startsWith(webOnly)),
        webOnly,
      ).toEqual([]);
    // Built with SITE_URL set, and still no sitemap: a file:// folder has no public address.
    expect(files).not.toContain('sitemap.xml');
    expect(files.filter((f) => f.includes('OfflineControl'))).toEqual([]);
  });
});

describe('the zip', () => {
  it('holds the whole folder under one directory', () => {
    const entries = Object.keys(unzipSync(readFileSync(`${OUT}.zip`)));
    expect(entries).toContain('erdogan-kazakhstan/index.html');
    expect(entries).toContain('erdogan-kazakhstan/cica/index.html');
    expect(entries.length).toBe(listFiles(OUT).length);
  });
});
