// The search under a subpath (BASE_PATH): the bundle, the result links and the highlight all stay under it.
import { describe, expect, it } from 'vitest';
import { sharedProfile, useSiteSession } from '../support/site-session.ts';
import { SUBPATH as BASE } from '../support/sites.ts';

const session = useSiteSession({ site: 'subpath' });
const newTab = sharedProfile(session);

describe('search under a base path', () => {
  it('finds from /microsite/search/?q= and links under the base path', async () => {
    const page = await session.browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(BASE) && !r.url().endsWith('/favicon.ico')) outside.push(r.url());
    });
    await page.goto(`${session.server.url}search/?q=Putin`);
    const link = page.locator('[data-testid=search-results] .search-paragraph-link[href*="#p-"]').first();
    await link.waitFor({ timeout: 15_000 });
    expect(await link.getAttribute('href')).toMatch(/^\/microsite\/ukraine-mediation\/\?pagefind-highlight=/);
    await link.click();
    await page.waitForURL(/\/microsite\/ukraine-mediation\//);
    await page.locator('mark.pagefind-highlight').first().waitFor({ timeout: 30_000 });
    expect(outside).toEqual([]);
    await page.close();
  });

  it('opens the dialog from a chapter page with Ctrl+K', async () => {
    const page = await newTab();
    await page.goto(`${session.server.url}syria/`);
    await page.keyboard.press('Control+k');
    await page.locator('[data-testid=search-dialog] input').fill('Assad');
    await page.locator('[data-testid=search-dialog] .search-result-link').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid=search-dialog] .search-result-link').first().getAttribute('href')).toMatch(
      /^\/microsite\/syria\//,
    );
    await page.close();
  });
});
