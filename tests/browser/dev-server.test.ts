// `npm run dev` as a maintainer uses it: a clean start, search that works, and the chapter check on every
// change (log, error overlay, pages refused until the chapters are right; the search index rebuilt after).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchUi } from '../../src/i18n/ui.ts';
import { unavailableModule } from '../../src/integrations/dev-search.ts';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { launchBrowser } from '../../src/tools/browser.ts';
import { ROOT } from '../../src/tools/root.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));
let dev: DevServer;
let browser: Browser;

beforeAll(async () => {
  [dev, browser] = await Promise.all([startDevServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

const chapterFile = (name: string) => join(dev.chapters, name);
const read = (name: string) => readFileSync(chapterFile(name), 'utf8');

/**
 * Wait until the dev server has stopped reloading the page (a chapter change reloads it two or three times within
 * a second: Astro's content reload, the check's own): closing a page mid-reload can hang Chromium.
 */
async function settled(page: Page, quiet = 1500, timeout = 20_000): Promise<void> {
  let last = Date.now();
  page.on('framenavigated', () => (last = Date.now()));
  const end = Date.now() + timeout;
  while (Date.now() - last < quiet && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
}

/** The result paths /search/?q= shows for `query` on the dev server. */
async function search(page: Page, query: string): Promise<{ paths: string[]; summary: string }> {
  await page.goto(`${dev.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchDone === q,
    query,
    { timeout: 30_000 },
  );
  return {
    paths: await page.$$eval('.search-result-link', (links) =>
      links.map((a) => decodeURI(new URL((a as HTMLAnchorElement).href).pathname)),
    ),
    summary:
      (await page.locator('[data-search-page] [role=status], [data-search-page] [aria-live]').first().textContent()) ??
      '',
  };
}

describe('npm run dev', () => {
  it('starts without an error or a warning, and indexes every chapter for search', () => {
    const chapters = readdirSync(dev.chapters).filter((f) => f.endsWith('.mdx')).length;
    expect(dev.log()).toMatch(new RegExp(`search: indexed ${chapters} chapter pages`));
    const trouble = dev
      .log()
      .split('\n')
      .filter((line) => /\[ERROR\]|\[WARN\]|\bwarn(ing)?\b|Error:|\(!\)/i.test(line));
    expect(trouble).toEqual([]);
  });

  it('searches the chapters at /search/?q=', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { paths } = await search(page, 'بوتين');
    expect(paths.some((p) => p.startsWith('/ukraine-mediation/'))).toBe(true);
    expect(errors).toEqual([]);
    await settled(page);
    await page.close();
  });

  it('says in Arabic, in the search UI, when the dev server has no index', async () => {
    const page = await browser.newPage();
    // What the dev server serves as pagefind.js when indexing failed (integrations/dev-search.ts).
    await page.route(
      (url) => url.pathname === '/pagefind/pagefind.js',
      (route) => route.fulfill({ contentType: 'text/javascript', body: unavailableModule(searchUi.devUnavailable) }),
    );
    const { paths, summary } = await search(page, 'بوتين');
    expect(paths).toEqual([]);
    expect(summary).toBe(searchUi.devUnavailable);
    await settled(page);
    await page.close();
  });

  it('checks the chapters on every change: the log and the overlay say what is wrong, pages wait for a fix', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${dev.url}cica/`);
    const good = read('cica.mdx');
    let from = dev.log().length;
    writeFileSync(chapterFile('cica.mdx'), good.replace('تستمر يومين', 'تستمر ثلاثة أيام'));
    await dev.waitFor(/cica\.mdx:\d+: paragraph 5 «[^»]+» was altered/, from, 20_000);
    // The open page shows the report: in Astro's error overlay, over the page or over the refused page after
    // the reload the content change causes (which also has it as text).
    await page.waitForFunction(
      () => {
        const shown = `${document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? ''} ${document.body?.innerText ?? ''}`;
        return /paragraph 5 .* was altered/.test(shown);
      },
      undefined,
      { timeout: 20_000, polling: 200 },
    );
    const refused = await fetch(`${dev.url}cica/`);
    expect(refused.status).toBe(500);
    expect(await refused.text()).toMatch(/The chapters do not match .*article\.txt:\n.*cica\.mdx:\d+: paragraph 5/);

    from = dev.log().length;
    writeFileSync(chapterFile('cica.mdx'), good);
    await dev.waitFor(/found exactly once/, from, 20_000);
    await expect.poll(async () => (await fetch(`${dev.url}cica/`)).status, { timeout: 15_000 }).toBe(200);
    await settled(page);
    await context.close();
  });

  it('rebuilds the search index after a chapter changes', async () => {
    // A valid re-split: paragraph 11 moves from cica.mdx to the end of bilateral-ties.mdx, after paragraph 10.
    const moved = article.paragraphs[10] ?? '';
    const [cica, bilateral] = [read('cica.mdx'), read('bilateral-ties.mdx')];
    const page = await browser.newPage();
    expect((await search(page, 'صمادياروف')).paths.map((p) => p.split('#')[0])).toEqual(['/cica/']);
    const from = dev.log().length;
    writeFileSync(chapterFile('cica.mdx'), cica.replace(`\n${moved}\n`, '\n'));
    writeFileSync(chapterFile('bilateral-ties.mdx'), `${bilateral.trimEnd()}\n\n${moved}\n`);
    await dev.waitFor(/search: indexed/, from, 20_000);
    expect((await search(page, 'صمادياروف')).paths.map((p) => p.split('#')[0])).toEqual(['/bilateral-ties/']);
    writeFileSync(chapterFile('cica.mdx'), cica);
    writeFileSync(chapterFile('bilateral-ties.mdx'), bilateral);
    await settled(page);
    await page.close();
  });
});
