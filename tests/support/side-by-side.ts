// Visits of every page that each wait out a quiet time (`networkidle`: 500 ms without a request), made in tabs of
// one profile side by side: the quiet windows overlap instead of adding up, and the tabs share the profile's cache
// and worker as one reader's tabs do.
import type { BrowserContext, Page } from 'playwright-core';

/** Open a tab of `context` for each of `urls`, run `visit` in all of them at once, close them; results in order. */
export async function inTabs<T>(
  context: BrowserContext,
  urls: string[],
  visit: (page: Page, url: string) => Promise<T>,
): Promise<T[]> {
  return Promise.all(
    urls.map(async (url) => {
      const page = await context.newPage();
      try {
        return await visit(page, url);
      } finally {
        await page.close();
      }
    }),
  );
}
