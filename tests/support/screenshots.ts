// `npm run screenshots`: every page at phone and desktop width, light and dark, into screenshots/
// for a person to look at (PAGES=',cica/' for some). Not a test: it asserts nothing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../src/tools/browser.ts';
import { serve } from './server.ts';
import { ROOT } from '../../src/tools/root.ts';
import { ensureBuilt } from '../../src/tools/astro-build.ts';
import { listPages } from '../../src/lib/files.ts';
import { pagePath } from '../../src/lib/urls.ts';

const dist = ensureBuilt(process.argv[2] ?? join(ROOT, 'dist'));
/** Every built page (the search index aside), as paths: '' for the home page, `cica/` for cica/index.html. */
const built = listPages(dist)
  .filter((file) => !file.startsWith('pagefind/'))
  .map(pagePath);
// PAGES=',cica/' for some of them.
const pages = process.env.PAGES?.split(',') ?? built;
const out = join(ROOT, 'screenshots');
mkdirSync(out, { recursive: true });

const server = await serve(dist);
const browser = await launchBrowser();
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const name = `${(path || 'home').replace(/[/.]/g, '_')}-${width}-${scheme}.png`;
      await page.screenshot({ path: join(out, name), fullPage: process.env.FULL === '1' });
      console.log(name);
    }
    await context.close();
  }
}
await browser.close();
await server.close();
