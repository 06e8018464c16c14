// The index of names and the timeline in a real browser: a reader lands from an entry on the paragraph with the
// name highlighted, the timeline's picture fits a phone, and screenshots at 375 and 1280 px, light and dark,
// go to screenshots/ to look at.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawn } from '../support/page-drawn.ts';
import { sharedProfile, useSiteSession } from '../support/site-session.ts';
import { SCREENSHOTS } from '../support/search-screenshots.ts';
import { EXPLAINERS } from '../../src/lib/explainers.ts';

const site = useSiteSession();
const newTab = sharedProfile(site);

describe('/names/', () => {
  it("lands from an entry on the paragraph, the name marked there as search results' landings are", async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}names/`);
    const link = page.locator('li#lavrov a').first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.waitForURL((url) => url.hash === new URL(href, site.server.url).hash);
    const paragraph = page.locator(new URL(page.url()).hash);
    await expect.poll(() => paragraph.locator('mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await paragraph.locator('mark').first().textContent()).toContain('لافروف');
    await page.close();
  });
});

describe('/timeline/', () => {
  it('fits its picture and its list in a 320 px screen, with the years readable', async () => {
    const page = await newTab({ viewport: { width: 320, height: 800 } });
    await page.goto(`${site.server.url}timeline/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const size = await page
      .locator('figure svg text')
      .first()
      .evaluate((t) => t.getBoundingClientRect().height);
    expect(size).toBeGreaterThanOrEqual(10);
    await page.close();
  });
});

describe('screenshots', () => {
  it('writes the index of names and the timeline at 375 and 1280 px, light and dark, each fitting the screen', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        const page = await newTab({ viewport: { width, height: 900 }, colorScheme });
        for (const name of EXPLAINERS) {
          await page.goto(`${site.server.url}${name}/`);
          await drawn(page);
          const shot = await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`) });
          expect(shot.length).toBeGreaterThan(10_000);
          // Nothing wider than the screen, and the page in the scheme asked for.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          expect(bg).toBe(colorScheme === 'dark' ? 'rgb(20, 23, 26)' : 'rgb(251, 250, 247)');
        }
        await page.close();
      }
    }
  });
});
