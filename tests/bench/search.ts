// npm run bench:search — the public evaluation set (tests/bench/search-queries.json) run in headless Chromium
// against the built site, for plain Pagefind (the same pages indexed as they are, searched as typed) and
// for the site's search (through /search/?q=), side by side. Measures; never fails on the figures.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { indexSite } from '../../src/integrations/steps/index-search.ts';
import { launchBrowser } from '../../src/tools/browser.ts';
import { astroBuild } from '../../src/tools/astro-build.ts';
import { ROOT } from '../../src/tools/root.ts';
import { serve } from '../support/server.ts';
import { timedQueries } from '../support/measure/timed-queries.ts';

/** The site the benchmark searches, built as `npm run build` would (reused unless --build). */
const DIST = join(ROOT, 'dist-bench/search');

interface Query {
  q: string;
  category: string;
  first?: string;
  found?: string;
  none?: boolean;
  /** The article paragraph that answers: it must be the first result's first paragraph link. */
  paragraph?: number;
}

/** What a search gave: the chapters in rank order, and the paragraph its first result links to first. */
interface Got {
  chapters: string[];
  paragraph?: number | undefined;
}

type Searcher = (page: Page, q: string) => Promise<Got>;

/** The paragraph number a result link points to (#p-N), if any. */
const paragraphOf = (url: string | undefined): number | undefined => {
  const n = /#p-(\d+)$/.exec(url ?? '')?.[1];
  return n === undefined ? undefined : Number(n);
};

const FIRST_SEARCH = 'أردوغان';
const BYTES_ONLY = process.argv.includes('--bytes-only');
/** Another query file (--queries=path), for a set measured before it joins the public one. */
const QUERY_FILE =
  process.argv.find((a) => a.startsWith('--queries='))?.slice('--queries='.length) ??
  join(import.meta.dirname, 'search-queries.json');
const queries = (JSON.parse(readFileSync(QUERY_FILE, 'utf8')) as { queries: Query[] }).queries;

/** The chapter slugs of result URLs, in rank order. */
const slugs = (urls: string[]): string[] =>
  urls.map((u) => decodeURI(new URL(u, 'http://x').pathname).split('/').filter(Boolean).pop() ?? '');

/** Plain Pagefind: its own JS API over an index of the pages as they are; its sub-results link paragraphs too. */
const plainSearch: Searcher = async (page, q) => {
  const found = await page.evaluate(async (query) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const response = await pagefind.search(query);
    type Data = { url: string; sub_results?: { url: string }[] };
    const data: Data[] = await Promise.all(response.results.map((r: { data: () => Promise<Data> }) => r.data()));
    return data.map((d) => ({ url: d.url, first: d.sub_results?.find((s) => /#p-\d+$/.test(s.url))?.url }));
  }, q);
  return { chapters: slugs(found.map((f) => f.url)), paragraph: paragraphOf(found[0]?.first) };
};

/** The site's search, end to end through /search/?q=. */
function siteSearch(base: string): Searcher {
  return async (page, q) => {
    await page.goto(`${base}search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(
      (query) => {
        const root = document.querySelector<HTMLElement>('[data-search-page]');
        if (root?.dataset.searchDone !== query) return false;
        return (
          document.querySelectorAll('[data-testid=search-results] .search-result-link').length ===
          Number(root.dataset.searchCount)
        );
      },
      q,
      { timeout: 15_000 },
    );
    const chapters = slugs(
      await page.$$eval('[data-testid=search-results] .search-result-link', (links) =>
        links.map((a) => a.getAttribute('href') ?? ''),
      ),
    );
    const first = await page
      .locator('[data-testid=search-results] .search-result')
      .first()
      .locator('.search-paragraph-link')
      .first()
      .getAttribute('href', { timeout: 1000 })
      .catch(() => undefined);
    return { chapters, paragraph: paragraphOf(first ?? undefined) };
  };
}

/** Encoded bytes fetched from the moment the reader asks to search until the first results show. */
async function firstSearchBytes(
  browser: Browser,
  base: string,
  wrapped: boolean,
): Promise<{ bytes: number; files: number }> {
  // No service worker: after the first page it would precache the search, and the search would then be
  // served from its cache, not counted.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${base}cica/`, { waitUntil: 'networkidle' });
  const sizes: Promise<number>[] = [];
  const verbose = process.argv.includes('--files');
  page.on('requestfinished', (request) =>
    sizes.push(
      request.sizes().then((s) => {
        if (verbose) console.log(`  ${s.responseBodySize + s.responseHeadersSize}\t${request.url()}`);
        return s.responseBodySize + s.responseHeadersSize;
      }),
    ),
  );
  if (wrapped) {
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-testid=search-dialog] input');
    await input.waitFor({ timeout: 15_000 });
    await input.fill(FIRST_SEARCH);
    await page.locator('[data-testid=search-dialog] .search-result-link').first().waitFor({ timeout: 15_000 });
  } else {
    // Plain Pagefind: its engine and the data of every result, with no UI at all (the least any UI fetches).
    await page.evaluate(
      async ([bundle, query]) => {
        const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
        const response = await pagefind.search(query);
        await Promise.all(response.results.map((r: { data: () => Promise<unknown> }) => r.data()));
      },
      [`${base}pagefind/`, FIRST_SEARCH] as const,
    );
  }
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { bytes, files: sizes.length };
}

/** Slips and the words they are corrected to, timed against each other in one run (tests/README.md: ratios, not times). */
const SLIPS: [string, string][] = [
  ['اردوغن', 'أردوغان'],
  ['زلنسكي', 'زيلينسكي'],
  ['طهرن', 'طهران'],
  ['الكرملن', 'الكرملين'],
  ['كازاخستن', 'كازاخستان'],
  ['Kazahkstan', 'Kazakhstan'],
];

interface Score {
  first: number;
  firstTotal: number;
  paragraph: number;
  paragraphTotal: number;
  found: number;
  foundTotal: number;
  falsePositives: number;
  noneTotal: number;
  misses: string[];
}

async function evaluate(page: Page, search: Searcher): Promise<Score> {
  const score: Score = {
    first: 0,
    firstTotal: 0,
    paragraph: 0,
    paragraphTotal: 0,
    found: 0,
    foundTotal: 0,
    falsePositives: 0,
    noneTotal: 0,
    misses: [],
  };
  for (const query of queries) {
    const answer = await search(page, query.q);
    const got = answer.chapters;
    if (query.none) {
      score.noneTotal++;
      if (got.length > 0) {
        score.falsePositives++;
        score.misses.push(`${query.q} (${query.category}): expected nothing, got ${got.join(', ')}`);
      }
      continue;
    }
    const target = query.first ?? query.found ?? '';
    score.foundTotal++;
    if (got.includes(target)) score.found++;
    if (query.first) {
      score.firstTotal++;
      if (got[0] === target) score.first++;
    }
    let ok = query.first ? got[0] === target : got.includes(target);
    if (query.paragraph !== undefined) {
      score.paragraphTotal++;
      if (answer.paragraph === query.paragraph) score.paragraph++;
      else ok = false;
    }
    if (!ok)
      score.misses.push(
        `${query.q} (${query.category}): expected ${target}${query.paragraph ? ` ¶${query.paragraph}` : ''}, ` +
          `got ${got.join(', ') || 'nothing'}${answer.paragraph ? ` ¶${answer.paragraph}` : ''}`,
      );
  }
  return score;
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;

async function main(): Promise<void> {
  if (process.argv.includes('--build') || !existsSync(join(DIST, 'index.html'))) astroBuild(DIST);
  const plainDir = mkdtempSync(join(tmpdir(), 'search-plain-'));
  cpSync(DIST, plainDir, { recursive: true });
  rmSync(join(plainDir, 'pagefind'), { recursive: true, force: true });
  // Plain Pagefind: the same pages indexed as they are, without the site's preparation.
  await indexSite(plainDir, { prepare: (html) => html });
  // Cacheable like a CDN would serve them, so each /search/?q= visit does not refetch the page's assets.
  const headers = (): Record<string, string> => ({ 'Cache-Control': 'max-age=600' });
  const site = await serve(DIST, { gzip: true, headers });
  const plain = await serve(plainDir, { gzip: true, headers });
  const browser = await launchBrowser();
  try {
    const plainBytes = await firstSearchBytes(browser, plain.url, false);
    const siteBytes = await firstSearchBytes(browser, site.url, true);
    if (BYTES_ONLY) {
      console.log({ plainBytes, siteBytes });
      return;
    }
    const slipped = await timedQueries(
      browser,
      site.url,
      SLIPS.map(([slip]) => slip),
    );
    const meant = await timedQueries(
      browser,
      site.url,
      SLIPS.map(([, word]) => word),
    );
    const page = await browser.newPage();
    await page.goto(plain.url);
    const plainScore = await evaluate(page, plainSearch);
    const siteScore = await evaluate(page, siteSearch(site.url));
    const rows: [string, string, string][] = [
      ['', 'plain Pagefind', 'site search'],
      ['found first', pct(plainScore.first, plainScore.firstTotal), pct(siteScore.first, siteScore.firstTotal)],
      ['found at all', pct(plainScore.found, plainScore.foundTotal), pct(siteScore.found, siteScore.foundTotal)],
      [
        'answering paragraph first',
        pct(plainScore.paragraph, plainScore.paragraphTotal),
        pct(siteScore.paragraph, siteScore.paragraphTotal),
      ],
      [
        'false positives',
        `${plainScore.falsePositives} of ${plainScore.noneTotal}`,
        `${siteScore.falsePositives} of ${siteScore.noneTotal}`,
      ],
      [
        `bytes, first search (gzip)`,
        `${plainBytes.bytes} in ${plainBytes.files} files`,
        `${siteBytes.bytes} in ${siteBytes.files} files`,
      ],
    ];
    const width = [28, 30, 30];
    console.log(`\nSearch evaluation: ${queries.length} queries (${QUERY_FILE}), Chromium, gzip\n`);
    for (const row of rows) console.log(row.map((c, i) => c.padEnd(width[i] ?? 20)).join(''));
    console.log(
      `\nA corrected search (${SLIPS.length} slips, in the dialog after a first search): the first fetches ` +
        `${slipped.bytes} bytes (the vocabulary's parts for the slip and the corrected query's index and fragments; ` +
        `${meant.bytes} for the word meant); median ${slipped.ms.toFixed(0)} ms from typing to results, ` +
        `${(slipped.ms / Math.max(1, meant.ms)).toFixed(2)}× the word meant (${meant.ms.toFixed(0)} ms) in this run`,
    );
    for (const [name, score] of [
      ['plain Pagefind', plainScore],
      ['site search', siteScore],
    ] as const) {
      console.log(`\n${name}: ${score.misses.length} queries not as expected`);
      for (const miss of score.misses) console.log(`  - ${miss}`);
    }
  } finally {
    await browser.close();
    await site.close();
    await plain.close();
    rmSync(plainDir, { recursive: true, force: true });
  }
}

await main();
