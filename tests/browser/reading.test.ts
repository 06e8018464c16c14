// What only a browser shows about the reading pages: theme without flash, the menu without
// JavaScript, no sideways scroll at 320 px, fonts, print, and how little script runs.
import { describe, expect, it } from 'vitest';
import { inTabs } from '../support/side-by-side.ts';
import { sharedProfile, useSiteSession } from '../support/site-session.ts';
import { chapters } from '../support/chapters.ts';
import { ui } from '../../src/i18n/ui.ts';
import { EXPLAINERS } from '../../src/lib/explainers.ts';
import { formatNumber } from '../../src/i18n/numbers.ts';

const site = useSiteSession();
// The tests that set no theme and count no script or request share one profile and its warm cache.
const newTab = sharedProfile(site);
const pages = ['', ...chapters.map((c) => `${c.id}/`), ...EXPLAINERS.map((e) => `${e}/`), '404.html'];
/** A chapter in the middle of the reading order, and the last one. */
const inMiddle = chapters[Math.floor(chapters.length / 2)];
const middle = `${inMiddle?.id}/`;
/** A paragraph of that chapter. */
const paragraph = `#p-${inMiddle?.paragraphs[0]}`;
const last = `${chapters.at(-1)?.id}/`;

describe('theme', () => {
  it('follows the system, and the toggle overrides it and is remembered without a flash', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${middle}`);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe('rgb(20, 23, 26)');
    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await bg()).toBe('rgb(251, 250, 247)');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // The saved choice is applied before first paint: check the state when the body is first parsed.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { early: string | undefined }).early = document.documentElement.dataset.theme;
      });
    });
    await page.goto(`${site.server.url}${last}`);
    expect(await page.evaluate(() => (window as unknown as { early: string | undefined }).early)).toBe('light');
    expect(await bg()).toBe('rgb(251, 250, 247)');
    await context.close();
  });
});

describe('header menu', () => {
  it('opens and leads to a chapter without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.server.url);
    await expect.poll(() => page.locator('.theme-toggle').isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'القائمة' }).click();
    await page.locator('nav[aria-label="التنقل الرئيسي"] a', { hasText: 'سوريا ومسار أستانا' }).click();
    await page.waitForURL(/\/syria\/$/);
    expect(await page.locator('h1').textContent()).toContain('سوريا');
    await context.close();
  });
});

describe('layout', () => {
  it.each([320, 375, 768, 1280])('has no horizontal scroll at %i px on any page', async (width) => {
    const page = await newTab({ viewport: { width, height: 800 } });
    for (const path of pages) {
      await page.goto(site.server.url + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('sets Arabic text in the subset webfont, at an Arabic line height, with no letter-spacing', async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}${middle}`);
    await page.evaluate(() => document.fonts.ready);
    const style = await page.locator(paragraph).evaluate((p) => {
      const s = getComputedStyle(p);
      return {
        family: s.fontFamily,
        lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
        spacing: s.letterSpacing,
      };
    });
    expect(style.family).toMatch(/^Naskh/);
    expect(style.lineHeight).toBeGreaterThan(1.7);
    expect(style.lineHeight).toBeLessThan(2);
    expect(['normal', '0px']).toContain(style.spacing);
    expect(await page.evaluate(() => document.fonts.check('16px Naskh', 'كازاخستان'))).toBe(true);
    const measure = await page
      .locator(paragraph)
      .evaluate((p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize));
    // About 60-75 characters: Arabic averages roughly half an em a character.
    expect(measure * 2).toBeGreaterThan(55);
    expect(measure * 2).toBeLessThan(80);
    await page.close();
  });

  it('keeps the skip link first and makes it visible on focus', async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}${middle}`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect((await focused.textContent())?.trim()).toBe('انتقل إلى المحتوى');
    const box = await focused.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#content');
    await page.close();
  });

  it('hides the header chrome in print and shows link targets', async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}${middle}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="التنقل بين الفصول"]').isVisible()).toBe(false);
    await page.goto(site.server.url);
    const after = await page
      .locator(`main a[href="/${middle}"]`)
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(`/${middle}`);
    await page.close();
  });
});

describe('the link beside every paragraph', () => {
  it('is its number, named in Arabic, and marks its paragraph when followed; print hides it', async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}${middle}`);
    const n = inMiddle?.paragraphs[0] ?? 0;
    const link = page.locator(`a.paragraph-link[href="#p-${n}"]`);
    expect(await link.getAttribute('aria-label')).toBe(ui.paragraphLink(n));
    expect(await link.textContent()).toBe(formatNumber(n));
    const background = () => page.locator(`#p-${n}`).evaluate((p) => getComputedStyle(p).backgroundColor);
    const before = await background();
    await link.click();
    expect(new URL(page.url()).hash).toBe(`#p-${n}`);
    await expect.poll(background).not.toBe(before);
    // Pointed at with a finger: at least 24 CSS pixels square (WCAG 2.5.8).
    const box = await link.boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(24);
    await page.emulateMedia({ media: 'print' });
    expect(await link.isVisible()).toBe(false);
    await page.close();
  });

  it('hangs in the inline-start margin on a wide screen, beside the first line on a phone', async () => {
    for (const width of [375, 1280]) {
      const page = await newTab({ viewport: { width, height: 900 } });
      await page.goto(`${site.server.url}${middle}`);
      const n = inMiddle?.paragraphs[0] ?? 0;
      const [link, text] = await Promise.all(
        [`a.paragraph-link[href="#p-${n}"]`, `#p-${n}`].map((s) => page.locator(s).boundingBox()),
      );
      const linkRight = (link?.x ?? 0) + (link?.width ?? 0);
      const textRight = (text?.x ?? 0) + (text?.width ?? 0);
      // Right to left: inline-start is the right. Outside the paragraph on a desktop, inside it on a phone.
      if (width === 1280) expect(link?.x ?? 0).toBeGreaterThanOrEqual(textRight);
      else expect(linkRight).toBeLessThanOrEqual(textRight + 1);
      await page.close();
    }
  });
});

describe('client JavaScript on reading pages', () => {
  it('is the inline theme script and one small module: nothing of the search itself', async () => {
    const context = await site.browser.newContext();
    const scripts = new Map<string, number>();
    context.on('requestfinished', async (r) => {
      // The largest size seen: a later load of the same script from the cache may report none.
      if (r.resourceType() === 'script')
        scripts.set(r.url(), Math.max(scripts.get(r.url()) ?? 0, (await r.sizes()).responseBodySize));
    });
    // Every page waits for a quiet network, so that a script fetched after load counts too (tabs side by side).
    const inline = await inTabs(context, pages, async (page, path) => {
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      return page.evaluate(() =>
        [...document.scripts].filter((s) => !s.src && !s.type).map((s) => s.textContent?.length ?? 0),
      );
    });
    // The layout's one module (src/scripts/boot.ts) wires the search control and registers the service
    // worker; the search itself (Pagefind, the index, the site's normaliser) is fetched only on first use,
    // and no page loads Vite's preload helper. The gzip budget (1 KiB for all of it) is gate:size's.
    expect([...scripts.keys()]).toHaveLength(1);
    for (const url of scripts.keys()) expect(url).toMatch(/\/_astro\/BaseLayout\.astro_astro_type_script[^/]*\.js$/);
    expect([...scripts.values()].reduce((a, b) => a + b, 0)).toBeLessThan(1536);
    for (const [i, lengths] of inline.entries()) {
      expect(lengths, pages[i]).toHaveLength(1);
      expect(lengths[0], pages[i]).toBeLessThan(1024);
    }
    await context.close();
  });
});

describe('a browser that blocks service workers', () => {
  it('reads the pages without a page error (registration resolves to nothing there)', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const errors: string[] = [];
    context.on('weberror', (e) => errors.push(e.error().message));
    await inTabs(context, pages, async (page, path) => {
      await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
      // Nothing to await: the test is that no error comes, so it gives the registration's callbacks a moment.
      await page.waitForTimeout(200);
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
