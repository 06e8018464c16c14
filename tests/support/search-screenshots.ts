// Screenshots of the search UI (the dialog over a chapter and the /search/ page) at phone and desktop
// width, light and dark, into screenshots/ for a person to look at. Used by tests/browser/search.test.ts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../src/tools/root.ts';
import { drawn } from './page-drawn.ts';
import type { Screen } from './site-session.ts';

export const SCREENSHOTS = join(ROOT, 'screenshots');
// Made on import: every file that writes a picture or the PDF here imports this, and may be the first to run.
mkdirSync(SCREENSHOTS, { recursive: true });

/** Write the eight search screenshots of `query`, named `<prefix>-dialog-…` and `<prefix>-page-…`, each screen in a
 *  tab `newTab` opens (sharedProfile's, say); returns their names. */
export async function searchScreenshots(
  newTab: (screen: Screen) => Promise<Page>,
  base: string,
  query = 'بوتين',
  prefix = 'search',
): Promise<string[]> {
  const names: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const page = await newTab({ viewport: { width, height: 860 }, colorScheme: scheme });
      await page.goto(`${base}cica/`);
      await drawn(page);
      await page.keyboard.press('Control+k');
      await page.locator('[data-testid=search-dialog] input').fill(query);
      await page.locator('[data-testid=search-dialog] .search-result-link').first().waitFor();
      // Done with the query (its results drawn) and the fonts in: the picture is final.
      await page.waitForFunction(
        (q) => document.querySelector<HTMLElement>('dialog[open]')?.dataset.searchDone === q,
        query,
      );
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const dialog = `${prefix}-dialog-${width}-${scheme}.png`;
      await page.screenshot({ path: join(SCREENSHOTS, dialog) });
      await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
      await page.locator('[data-testid=search-results] .search-result-link').first().waitFor();
      await drawn(page);
      const results = `${prefix}-page-${width}-${scheme}.png`;
      await page.screenshot({ path: join(SCREENSHOTS, results) });
      names.push(dialog, results);
      await page.close();
    }
  }
  return names;
}
