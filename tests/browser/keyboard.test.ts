// A keyboard-only journey through the built site on a phone-sized screen: skip link, the menu, the
// theme toggle, search and a result, then previous/next. No mouse anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSiteSession } from '../support/site-session.ts';

const site = useSiteSession();
let context: BrowserContext;
let page: Page;

/** Press Tab until the focused element matches `selector`; fails with the path the focus took. */
async function tabTo(selector: string, max = 40): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate((s) => {
      const el = document.activeElement;
      return {
        match: !!el?.matches(s),
        name: el
          ? `${el.localName}${el.id ? `#${el.id}` : ''} «${(el.textContent ?? '').trim().slice(0, 30)}»`
          : 'none',
      };
    }, selector);
    if (here.match) return;
    path.push(here.name);
  }
  throw new Error(`Tab never reached ${selector}; focus went: ${path.join(' → ')}`);
}

const focused = (selector: string) => page.evaluate((s) => !!document.activeElement?.matches(s), selector);

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, serviceWorkers: 'block' });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
});

describe('keyboard journey', () => {
  it('the first Tab reaches the skip link, and it moves focus to the main content', async () => {
    await page.goto(site.server.url);
    await page.keyboard.press('Tab');
    expect(await focused('a[href="#content"]')).toBe(true);
    expect(await page.locator('a[href="#content"]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#content');
    expect(await focused('#content')).toBe(true);
  });

  it('opens the phone menu and follows a chapter link', async () => {
    await page.goto(site.server.url);
    await tabTo('header details summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('header details').getAttribute('open')).not.toBeNull();
    await tabTo('header details nav a');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await Promise.all([page.waitForURL(href), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(href);
  });

  it('switches the theme from the toggle, and the choice survives a reload', async () => {
    await tabTo('[data-theme-toggle]');
    const before = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
    await page.keyboard.press('Enter');
    const after = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(after).not.toBe(before);
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe(String(after === 'dark'));
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(after);
  });

  it('searches from the keyboard and opens a result', async () => {
    await page.goto(site.server.url);
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog[open] input').first();
    await input.waitFor({ state: 'visible' });
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('أستانا');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('dialog[open]')?.dataset.searchDone === 'أستانا',
    );
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href !== site.server.url && !url.href.endsWith('/search/'));
    expect(target).not.toBe('');
    expect(page.url().split('#')[0]?.split('?')[0]).toBe(target.split('#')[0]?.split('?')[0]);
  });

  it('moves to the next chapter and back with the previous/next links', async () => {
    await page.goto(site.server.url);
    await tabTo('main a[href$="/"]:not([href="/"])');
    await Promise.all([page.waitForURL((u) => u.pathname !== '/'), page.keyboard.press('Enter')]);
    const first = page.url();
    await tabTo('a[rel="next"]', 80);
    await Promise.all([page.waitForURL((u) => u.href !== first), page.keyboard.press('Enter')]);
    const second = page.url();
    expect(second).not.toBe(first);
    await tabTo('a[rel="prev"]', 80);
    await Promise.all([page.waitForURL((u) => u.href !== second), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(first.split('#')[0]);
  });
});
