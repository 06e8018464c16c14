// The search under a subpath (BASE_PATH): the bundle, the result links and the highlight all stay under it.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/tools/browser.ts';
import { astroBuild } from '../../src/tools/astro-build.ts';
import { TEST_SITE_URL } from '../support/paths.ts';
import { ROOT } from '../../src/tools/root.ts';
import { serve, type StaticServer } from '../../src/tools/server.ts';

const BASE = '/microsite/';
const OUT = join(ROOT, 'dist-test/search-subpath');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  astroBuild(OUT, { SITE_URL: TEST_SITE_URL, BASE_PATH: BASE });
  [browser, server] = await Promise.all([launchBrowser(), serve(OUT, { base: BASE })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search under a base path', () => {
  it('finds from /microsite/search/?q= and links under the base path', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(BASE) && !r.url().endsWith('/favicon.ico')) outside.push(r.url());
    });
    await page.goto(`${server.url}search/?q=Putin`);
    const link = page.locator('[data-testid=search-results] .search-paragraph-link[href*="#p-"]').first();
    await link.waitFor({ timeout: 15_000 });
    expect(await link.getAttribute('href')).toMatch(/^\/microsite\/ukraine-mediation\/\?pagefind-highlight=/);
    await link.click();
    await page.waitForURL(/\/microsite\/ukraine-mediation\//);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('opens the dialog from a chapter page with Ctrl+K', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}syria/`);
    await page.keyboard.press('Control+k');
    await page.locator('[data-testid=search-dialog] input').fill('Assad');
    await page.locator('[data-testid=search-dialog] .search-result-link').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid=search-dialog] .search-result-link').first().getAttribute('href')).toMatch(
      /^\/microsite\/syria\//,
    );
    await page.close();
  });
});
