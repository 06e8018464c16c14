// `npm run screenshots:offline`: the offline parts at phone and desktop width, light and dark,
// into screenshots/: the update notice (from the two subpath builds the tests make, tests/support/sites.ts),
// the offline page, and the disk edition's search notice. Not a test: it asserts nothing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../src/tools/browser.ts';
import { waitForServiceWorker } from './offline.ts';
import { ROOT } from '../../src/tools/root.ts';
import { serve } from './server.ts';
import { siteDir, SUBPATH } from './sites.ts';

const out = join(ROOT, 'screenshots');
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    const name = (what: string) => join(out, `${what}-${width}-${scheme}.png`);
    const server = await serve(siteDir('subpath'), { base: SUBPATH });
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${server.url}cica/`);
    await waitForServiceWorker(page);
    server.setRoot(siteDir('subpath-v2'));
    await page.goto(`${server.url}cica/`);
    await page.locator('[data-update-notice]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: name('update-notice') });
    server.setOnline(false);
    await context.setOffline(true);
    await page.goto(`${server.url}not-kept/`);
    await page.screenshot({ path: name('offline-page') });
    await context.close();
    await server.close();

    const disk = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
    const file = await disk.newPage();
    await file.goto(pathToFileURL(join(siteDir('disk'), 'cica/index.html')).href);
    await file.keyboard.press('Control+k');
    await file.locator('dialog[open]').waitFor();
    await file.screenshot({ path: name('file-search-notice') });
    await disk.close();
    console.log(`${width} ${scheme}`);
  }
}
await browser.close();
