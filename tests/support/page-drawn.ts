// The state a screenshot, a PDF or a layout measure waits for: the page loaded, its fonts settled and two more
// frames drawn. A state to await, not Playwright's `networkidle` (500 ms of quiet after every load, whatever the page).
import type { Page } from 'playwright-core';

/** Wait until `page` has loaded, its fonts settled and two more frames were drawn. */
export async function drawn(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}
