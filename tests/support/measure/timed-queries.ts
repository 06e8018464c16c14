// The site's search timed as a reader meets it: in the dialog of a chapter page, after a first search, each query
// typed and timed until its results are drawn. Shared by bench:search (slips against the words meant) and
// bench:scale (the search's time per query as the site grows).
import type { Browser } from 'playwright-core';
import { RANK_MEASURE } from '../../../src/scripts/search/wrap.ts';

/**
 * In the dialog of a fresh page, after a first search: the bytes the next query fetches, and the median time
 * from typing each query to its results drawn (the controller's 120 ms pause for typing included), and of that
 * the main-thread time of matching and ranking (the search's own User Timing measure).
 */
export async function timedQueries(
  browser: Browser,
  base: string,
  words: string[],
  start = 'cica/',
): Promise<{ bytes: number; ms: number; rankMs: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}${start}`, { waitUntil: 'networkidle' });
  await page.keyboard.press('Control+k');
  const input = page.locator('[data-testid=search-dialog] input');
  await input.waitFor({ timeout: 60_000 });
  const done = (q: string) =>
    page.waitForFunction(
      (query) => document.querySelector<HTMLElement>('dialog[open]')?.dataset.searchDone === query,
      q,
      {
        timeout: 60_000,
      },
    );
  await input.fill('أستانا');
  await done('أستانا');
  await page.waitForLoadState('networkidle');
  const sizes: Promise<number>[] = [];
  let counting = true;
  page.on('requestfinished', (request) => {
    if (counting) sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  const times: number[] = [];
  const ranks: number[] = [];
  for (const [i, word] of words.entries()) {
    const started = await page.evaluate(() => performance.now());
    await input.fill(word);
    await done(word);
    times.push((await page.evaluate(() => performance.now())) - started);
    // The last measure is this query's (a prefix typed before it may have left its own).
    ranks.push(await page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.duration ?? 0, RANK_MEASURE));
    if (i === 0) {
      await page.waitForLoadState('networkidle');
      counting = false;
    }
  }
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { bytes, ms: median(times), rankMs: median(ranks) };
}
