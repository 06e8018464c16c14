// `npm run dev` as a maintainer uses it: a clean start, search that works, and the chapter check on every
// change (log, error overlay, pages refused until the chapters are right; the search index rebuilt after).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchUi } from '../../src/i18n/ui.ts';
import { unavailableModule } from '../../src/integrations/dev-search.ts';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { useBrowser } from '../support/site-session.ts';
import { ROOT } from '../../src/tools/root.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));
let dev: DevServer;
// The dev server is this file's site: it is started here, and the browser comes from the session factory.
const session = useBrowser();

beforeAll(async () => {
  dev = await startDevServer();
});
afterAll(async () => {
  await dev?.stop();
});

const chapterFile = (name: string) => join(dev.chapters, name);
const read = (name: string) => readFileSync(chapterFile(name), 'utf8');

/**
 * A page of the dev server that can be closed safely: a chapter change reloads open pages (the check's reload,
 * Astro's content reload), and closing a page mid-reload can hang Chromium. `leave(from)` closes it once the
 * server is done with the chapter change made after `from` in its log (the index it logs last comes after every
 * reload it sends) and the page has loaded after the last reload it was sent.
 */
async function devPage(
  context: Browser | BrowserContext = session.browser,
): Promise<{ page: Page; leave: (from?: number) => Promise<void> }> {
  const page = await context.newPage();
  let sent = 0;
  let loaded = 0;
  page.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => {
      if (String(payload).includes('"full-reload"')) sent += 1;
    }),
  );
  page.on('load', () => (loaded = sent));
  const leave = async (from?: number): Promise<void> => {
    if (from !== undefined) await dev.waitFor(/search: indexed/, from, 20_000);
    // A reload the client was sent but skips (Vite's client ignores a full-reload naming another page's .html)
    // never loads: each wait is bounded, and a wait that sees no load ends the loop.
    while (loaded < sent) {
      const before = loaded;
      await page.waitForEvent('load', { timeout: 10_000 }).catch(() => undefined);
      if (loaded === before) break;
    }
    await page.close();
  };
  return { page, leave };
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
    const { page, leave } = await devPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { paths } = await search(page, 'بوتين');
    expect(paths.some((p) => p.startsWith('/ukraine-mediation/'))).toBe(true);
    expect(errors).toEqual([]);
    await leave();
  });

  it('says in Arabic, in the search UI, when the dev server has no index', async () => {
    const { page, leave } = await devPage();
    // What the dev server serves as pagefind.js when indexing failed (integrations/dev-search.ts).
    await page.route(
      (url) => url.pathname === '/pagefind/pagefind.js',
      (route) => route.fulfill({ contentType: 'text/javascript', body: unavailableModule(searchUi.devUnavailable) }),
    );
    const { paths, summary } = await search(page, 'بوتين');
    expect(paths).toEqual([]);
    expect(summary).toBe(searchUi.devUnavailable);
    await leave();
  });

  it('checks the chapters on every change: the log and the overlay say what is wrong, pages wait for a fix', async () => {
    const context = await session.browser.newContext();
    const { page, leave } = await devPage(context);
    await page.goto(`${dev.url}cica/`);
    const good = read('cica.mdx');
    let from = dev.log().length;
    writeFileSync(chapterFile('cica.mdx'), good.replace('تستمر يومين', 'تستمر ثلاثة أيام'));
    await dev.waitFor(/cica\.mdx:\d+: paragraph 5 «[^»]+» was altered/, from, 20_000);
    // The open page shows the report: the reload Astro's content store sends once it holds the change brings
    // the refused page (the report as text), and Astro's error overlay over it.
    await page.waitForFunction(
      () =>
        /paragraph 5 .* was altered/.test(document.body?.innerText ?? '') &&
        /paragraph 5 .* was altered/.test(document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? ''),
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
    await leave(from);
    await context.close();
  });

  it('rebuilds the search index after a chapter changes', async () => {
    // A valid re-split: paragraph 11 moves from cica.mdx to the end of bilateral-ties.mdx, after paragraph 10.
    const moved = article.paragraphs[10] ?? '';
    const [cica, bilateral] = [read('cica.mdx'), read('bilateral-ties.mdx')];
    const { page, leave } = await devPage();
    expect((await search(page, 'صمادياروف')).paths.map((p) => p.split('#')[0])).toEqual(['/cica/']);
    // Away from the dev server while the chapters change: a reload it sends an open page could otherwise land in
    // the middle of the next search's navigation.
    await page.goto('about:blank');
    let from = dev.log().length;
    writeFileSync(chapterFile('cica.mdx'), cica.replace(`\n${moved}\n`, '\n'));
    writeFileSync(chapterFile('bilateral-ties.mdx'), `${bilateral.trimEnd()}\n\n${moved}\n`);
    await dev.waitFor(/search: indexed/, from, 20_000);
    expect((await search(page, 'صمادياروف')).paths.map((p) => p.split('#')[0])).toEqual(['/bilateral-ties/']);
    from = dev.log().length;
    writeFileSync(chapterFile('cica.mdx'), cica);
    writeFileSync(chapterFile('bilateral-ties.mdx'), bilateral);
    await leave(from);
  });
});
