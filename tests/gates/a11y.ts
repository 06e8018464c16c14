// Gate: axe-core finds no WCAG 2.2 A/AA or best-practice violation on any built page, in light and
// dark, at phone and desktop widths, with the phone menu and the search dialog open, and a slip corrected.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../src/tools/browser.ts';
import { serve } from '../support/server.ts';
import { ensureBuilt } from '../support/gates/dist.ts';
import { listPages } from '../../src/lib/files.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { saveDataContext } from '../support/save-data.ts';
import { finish } from '../support/gates/report.ts';

/** The rule sets the issue asks for: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [375, 1280] as const;
/** A query with results in the article, typed into the dialog and passed to the search page. */
const QUERY = 'أستانا';
/** A slip the search corrects, so the summary's links («ابحث عن … كما كتبتها») are checked too. */
const SLIP = 'اردوغن';
const SCHEMES = ['light', 'dark'] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Run axe on the page as it is now; one line per rule and element. */
async function violations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations),
    AXE_TAGS,
  );
  return (found as AxeViolation[]).flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${where}: ${v.id} (${v.impact}) ${v.help}: ${JSON.stringify(n.target)}${n.failureSummary ? ` - ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
    ),
  );
}

/** Open the phone menu (a <details> disclosure) the way a reader would. */
async function openMenu(page: Page): Promise<void> {
  await page.locator('header details summary').first().click();
  await page.locator('header details[open]').first().waitFor();
}

/** Open the search dialog with its keyboard shortcut and type a query until its results are drawn. */
async function openSearch(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.locator('dialog[open] input').waitFor({ state: 'visible' });
  await page.keyboard.type(QUERY);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('dialog[open]')?.dataset.searchDone === q,
    QUERY,
  );
}

async function run(browser: Browser, dist: string): Promise<{ problems: string[]; checks: number }> {
  const server = await serve(dist, { gzip: true });
  const problems: string[] = [];
  let checks = 0;
  const pages = listPages(dist);
  try {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme,
          serviceWorkers: 'block',
          bypassCSP: true,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        for (const file of pages) {
          const where = `${file} @${width}px ${colorScheme}`;
          // The search page is checked with a query, so its results are on the page too.
          const query = file.startsWith('search/') ? `?q=${encodeURIComponent(QUERY)}` : '';
          await page.goto(server.url + pagePath(file) + query, { waitUntil: 'load' });
          if (query)
            await page.waitForFunction(
              (q) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchDone === q,
              QUERY,
            );
          problems.push(...(await violations(page, where)));
          checks++;
        }
        // States a reader can put a page in: the phone menu open, the search dialog open with results.
        const chapter = pages.find((p) => p !== 'index.html' && p.endsWith('/index.html')) ?? 'index.html';
        const states: [string, (p: Page) => Promise<void>][] = [['search open', openSearch]];
        if (width < 1024) states.push(['menu open', openMenu]);
        for (const [state, enter] of states) {
          await page.goto(server.url + pagePath(chapter), { waitUntil: 'load' });
          await enter(page);
          problems.push(...(await violations(page, `${chapter} @${width}px ${colorScheme}, ${state}`)));
          checks++;
        }
        // The map with one of its labels (of the drawing shown at this width), a link, focused from the keyboard.
        await page.goto(`${server.url}map/`, { waitUntil: 'load' });
        await page.locator('.map-picture a:visible').first().focus();
        problems.push(...(await violations(page, `map/ @${width}px ${colorScheme}, a label focused`)));
        checks++;
        await page.goto(`${server.url}search/?q=${encodeURIComponent(SLIP)}`, { waitUntil: 'load' });
        await page.waitForFunction(
          (q) => document.querySelector<HTMLElement>('[data-search-page] .search-rerun')?.dataset.query === q,
          SLIP,
        );
        problems.push(...(await violations(page, `search/ @${width}px ${colorScheme}, a slip corrected`)));
        checks++;
        await context.close();
        // The offline-reading control's offer, shown to a reader who asked to save data.
        const lean = await saveDataContext(browser, {
          viewport: { width, height: 900 },
          colorScheme,
          bypassCSP: true,
          reducedMotion: 'reduce',
        });
        const leanPage = await lean.newPage();
        await leanPage.goto(`${server.url}offline-reading/`, { waitUntil: 'load' });
        await leanPage.waitForSelector('[data-offline-control][data-state="offer"]');
        problems.push(...(await violations(leanPage, `offline-reading/ @${width}px ${colorScheme}, Save-Data offer`)));
        checks++;
        await lean.close();
      }
    }
  } finally {
    await server.close();
  }
  return { problems, checks };
}

const dist = ensureBuilt();
const browser = await launchBrowser();
try {
  const { problems, checks } = await run(browser, dist);
  finish('gate:a11y', problems, `${checks} page states, axe tags ${AXE_TAGS.join(', ')}`);
} finally {
  await browser.close();
}
