// Gate: size budgets in exact bytes after gzip, from what a real browser fetches on a first visit:
// chapter HTML, explainer HTML and the map's picture, all CSS, JavaScript before search, fonts per page, a whole chapter visit, a first search.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../src/tools/browser.ts';
import { serve } from '../support/server.ts';
import { ensureBuilt } from '../support/gates/dist.ts';
import { listFiles } from '../../src/lib/files.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { ROOT } from '../../src/tools/root.ts';
import { kib } from '../support/measure/kib.ts';
import { servedBytes, servedFileBytes } from '../../src/lib/offline/served-bytes.ts';
import { finish } from '../support/gates/report.ts';
import { bytesByKind, recordRequests } from '../support/measure/resources.ts';
import { weighPages, weighSaveDataVisit, weightTable } from '../support/measure/weigh.ts';
import { isExplainer } from '../../src/lib/explainers.ts';

const KiB = 1024;
export const BUDGETS = {
  chapterHtml: 8 * KiB,
  explainerHtml: 16 * KiB,
  /** The map's pictures inline in /map/: the wide drawing and a phone's two panels (the page: explainerHtml). */
  mapSvg: 10 * KiB,
  allCss: 10 * KiB,
  jsBeforeSearch: 1 * KiB,
  fontsPerPage: 40 * KiB,
  chapterVisit: 64 * KiB,
  firstSearch: 150 * KiB,
};
/**
 * Budgets the site does not meet yet, each with a ceiling at today's size: the gate reports them as
 * KNOWN OVER and fails only if one grows past its ceiling. Every entry is a debt to pay, not a budget;
 * remove it when the budget is met. Keys are the start of a check's name.
 */
export const KNOWN_MISSES: Record<string, { ceiling: number; why: string }> = {};

/** A query with results in every build of the article. */
const QUERY = 'أستانا';

/** Open the search from the keyboard, type a query and wait until its results are drawn. */
async function searchOnce(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  const input = page.locator('dialog[open] input');
  await input.waitFor({ state: 'visible' });
  await input.fill(QUERY);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('dialog[open]')?.dataset.searchDone === q,
    QUERY,
  );
  // The fragments of the results drawn are fetched by then; anything still in flight is counted too.
  await page.waitForLoadState('networkidle');
}

const dist = ensureBuilt();
const files = listFiles(dist);
/** Pages whose feature is their script (search, offline reading) and the dead ends are not reading pages. */
const NOT_READING = /^(search|offline|offline-reading)\/index\.html$|^404\.html$/;
const isReadingPage = (f: string) => f.endsWith('.html') && !NOT_READING.test(f);
/** The whole article on one page (/article/): held to the explainers' budget, not a chapter's. */
const isWhole = (f: string) => f === 'article/index.html';
const isChapter = (f: string) =>
  isReadingPage(f) && f !== 'index.html' && f.endsWith('/index.html') && !isExplainer(f) && !isWhole(f);
const browser = await launchBrowser();
const problems: string[] = [];
const lines: string[] = [];
const known = new Set<string>();
const check = (what: string, bytes: number, budget: number) => {
  const ok = bytes <= budget;
  const debt = Object.entries(KNOWN_MISSES).find(([key]) => what.startsWith(key));
  const tolerated = !ok && debt !== undefined && bytes <= debt[1].ceiling;
  if (tolerated) known.add(`${debt[0]}: ${debt[1].why}`);
  const mark = ok ? 'ok        ' : tolerated ? 'KNOWN OVER' : 'OVER      ';
  lines.push(`${mark} ${what.padEnd(46)} ${String(bytes).padStart(7)} B  (${kib(bytes)} of ${kib(budget)})`);
  if (!ok && !tolerated)
    problems.push(
      `${what}: ${bytes} B is over the budget of ${budget} B by ${bytes - budget} B${debt ? ` and over its known-miss ceiling of ${debt[1].ceiling} B` : ''}`,
    );
};

try {
  const rows = await weighPages(browser, dist);
  console.log(weightTable(rows));

  for (const f of files.filter(isChapter))
    check(`chapter HTML ${f}`, servedFileBytes(join(dist, f)), BUDGETS.chapterHtml);
  for (const f of files.filter((f) => isExplainer(f) || isWhole(f)))
    check(`explainer HTML ${f}`, servedFileBytes(join(dist, f)), BUDGETS.explainerHtml);
  // The wide drawing first, then the phone's two panels: each variant weighed, and both, as the page serves them.
  const [wide, ...panels] =
    readFileSync(join(dist, 'map/index.html'), 'utf8').match(/<svg[^>]*role="group".*?<\/svg>/gs) ?? [];
  if (!wide || panels.length === 0) problems.push('map/index.html: no wide picture and panels found');
  else {
    console.log(`map: wide ${servedBytes(wide)} B, panels ${servedBytes(panels.join(''))} B (gzip)`);
    check(
      'map pictures (inline SVG, both variants) map/index.html',
      servedBytes(wide + panels.join('')),
      BUDGETS.mapSvg,
    );
  }
  const css = files.filter((f) => f.endsWith('.css'));
  check(
    `all CSS (${css.length} files)`,
    css.map((f) => servedFileBytes(join(dist, f))).reduce((a, b) => a + b, 0),
    BUDGETS.allCss,
  );
  for (const r of rows) {
    if (isReadingPage(r.file)) check(`JS before search ${r.file}`, r.totals.js + r.inlineJs, BUDGETS.jsBeforeSearch);
    check(`fonts ${r.file}`, r.totals.font, BUDGETS.fontsPerPage);
    if (isChapter(r.file)) check(`first visit ${r.file}`, r.totals.total, BUDGETS.chapterVisit);
    if (r.precache.requests > 0)
      lines.push(
        `info service worker precache after ${r.file}: ${r.precache.total} B in ${r.precache.requests} requests`,
      );
  }

  // A first visit that asks to save data: the chapter alone, no precache in the background.
  const first = files.find(isChapter);
  if (first) {
    const lean = await weighSaveDataVisit(browser, dist, first);
    check(`Save-Data first visit ${first} (${lean.totals.requests} requests)`, lean.totals.total, BUDGETS.chapterVisit);
    lines.push(
      `info Save-Data first visit ${first}: ${lean.totals.total} B, precache ${lean.precache.total} B in ${lean.precache.requests} requests`,
    );
    if (lean.precache.requests > 0)
      problems.push(`Save-Data first visit ${first}: the service worker fetched ${lean.precache.requests} files`);
  }

  // First search: on a chapter page, everything fetched from opening the search to seeing results.
  const chapter = files.find(isChapter);
  const server = await serve(dist, { gzip: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const fetched = recordRequests(context, dist, server.url);
    const page = await context.newPage();
    await page.goto(server.url + pagePath(chapter ?? ''), { waitUntil: 'networkidle' });
    const before = fetched().length;
    await searchOnce(page);
    const search = bytesByKind(fetched().slice(before));
    for (const f of fetched().slice(before)) lines.push(`info   first search fetched ${f.path}: ${f.bytes} B`);
    check(`first search on ${chapter} (${search.requests} requests)`, search.total, BUDGETS.firstSearch);
    await context.close();
  } finally {
    await server.close();
  }
  console.log(`\n${lines.join('\n')}`);
  if (known.size)
    console.log(
      `\nbudgets of the issue NOT met (known misses, held at a ceiling):\n${[...known].map((k) => `  - ${k}`).join('\n')}`,
    );
  mkdirSync(join(ROOT, 'tests/gates/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'tests/gates/results/size.json'),
    `${JSON.stringify({ budgets: BUDGETS, lines, pages: rows.map(({ fetched, ...r }) => r) }, null, 2)}\n`,
  );
} finally {
  await browser.close();
}
finish('gate:size', problems, 'bytes after gzip at the default level; files that do not shrink counted as sent');
