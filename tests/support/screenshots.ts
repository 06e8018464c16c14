// `npm run screenshots`: every page at phone and desktop width, light and dark, into screenshots/
// for a person to look at. Not a test: it asserts nothing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../src/tools/browser.ts';
import { serve } from '../../src/tools/server.ts';
import { ROOT } from '../../src/tools/root.ts';

const dist = process.argv[2] ?? join(ROOT, 'dist');
const pages = (process.env.PAGES ?? ',bilateral-ties/,ukraine-mediation/,404.html').split(',');
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
