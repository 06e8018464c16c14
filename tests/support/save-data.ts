// A browser context whose reader asked to save data, as Chromium's "Lite" setting does: every request
// carries `Save-Data: on` and `navigator.connection.saveData` is true (set before any page script runs).
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';

/** A new context of `browser` with Save-Data on. */
export async function saveDataContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...options,
    extraHTTPHeaders: { ...options.extraHTTPHeaders, 'Save-Data': 'on' },
  });
  await context.addInitScript(() => {
    const connection = { saveData: true };
    Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => connection });
  });
  return context;
}
