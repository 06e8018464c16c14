// The search in a real browser: nothing fetched before first use, the keyboard journey through the
// dialog, /search/?q= as a linkable page, landing on the paragraph with the words highlighted, and the
// Arabic, right-to-left UI (with screenshots in screenshots/ to look at).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedProfile, sharedTab, useSiteSession } from '../support/site-session.ts';
import { article, chapterWith } from '../support/chapters.ts';
import { searchUi } from '../../src/i18n/ui.ts';
import { searchScreenshots } from '../support/search-screenshots.ts';

const site = useSiteSession();
const tab = sharedTab(site);
const newTab = sharedProfile(site);

/** The result links of the search page, in rank order, once the list shows the query. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction(
    (q) => {
      const root = document.querySelector<HTMLElement>('[data-search-page]');
      if (root?.dataset.searchDone !== q) return false;
      return (
        document.querySelectorAll('[data-testid=search-results] .search-result-link').length ===
        Number(root.dataset.searchCount)
      );
    },
    query,
    { timeout: 15_000 },
  );
  return page.$$eval('[data-testid=search-results] .search-result-link', (links) =>
    links.map((a) => decodeURI(new URL((a as HTMLAnchorElement).href).pathname)),
  );
}

describe('search on a reading page', () => {
  it('downloads nothing of the search until it is used', async () => {
    const page = await site.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`${site.server.url}cica/`, { waitUntil: 'networkidle' });
    expect(fetched.filter((u) => u.includes('/pagefind/') || /\/_astro\/(site-search|highlight)\./.test(u))).toEqual(
      [],
    );
    // The element stays undefined (its class is the code fetched on first use).
    expect(await page.evaluate(() => customElements.get('site-search'))).toBeUndefined();
    await page.close();
  });

  it('opens with Ctrl+K, moves with the arrows, opens a result with Enter, closes with Esc', async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}cica/`);
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-testid=search-dialog] input');
    await input.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid=search-dialog]') !== null))
      .toBe(true);
    await page.keyboard.type('توكاييف');
    await page.locator('[data-testid=search-dialog] .search-result-link').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.className ?? ''))
      .toMatch(/search-result-link|search-paragraph-link/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bilateral-ties\/\?pagefind-highlight=/);

    // "/" opens it too; Esc closes it and gives focus back to the header control.
    await page.keyboard.press('/');
    await input.waitFor();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('[data-testid=search-dialog]').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(false);
    // The dialog's close event, which gives focus back, comes a task after it closed.
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-site-search'))).toBe(true);
    await page.close();
  });

  it('closes on Esc from the box in every engine, not leaving it to the engine (WebKit clears the box instead)', async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}cica/`);
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-testid=search-dialog] input');
    await input.fill('أستانا');
    // A script's keydown has no default action in any engine: only the dialog's own handler can close it.
    const handled = await input.evaluate(
      (box) => !box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })),
    );
    expect(handled).toBe(true);
    expect(await page.locator('[data-testid=search-dialog]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(
      false,
    );
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-site-search'))).toBe(true);
    // Opened again, it has the query still, selected, to type over.
    await page.keyboard.press('Control+k');
    await expect.poll(() => input.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await input.inputValue()).toBe('أستانا');
    await page.close();
  });

  it('opens the dialog from the header control with the mouse', async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}syria/`);
    await page.locator('[data-site-search]').click();
    await page.locator('[data-testid=search-dialog] input').waitFor();
    await page.close();
  });
});

describe('the search page, /search/?q=', () => {
  it('runs the query on load: result links in rank order, sub-result links to paragraphs inside', async () => {
    const page = await tab();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('لكازاخستان')}`);
    const links = await resultsFor(page, 'لكازاخستان');
    expect(links[0]).toBe('/bilateral-ties/');
    const subs = await page.$$eval(
      '[data-testid=search-results] .search-result:first-child .search-paragraph-link',
      (a) => a.map((x) => (x as HTMLAnchorElement).hash),
    );
    expect(subs.length).toBeGreaterThan(0);
    for (const hash of subs) expect(hash).toMatch(/^#p-\d+$/);
    expect(await page.inputValue('[data-search-page] input')).toBe('لكازاخستان');
  });

  it('shows four paragraphs under a chapter and says how many more, linking to the chapter', async () => {
    const page = await tab();
    // «كازاخستان» is in more than four paragraphs of a chapter (six of bilateral-ties today).
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('كازاخستان')}`);
    await resultsFor(page, 'كازاخستان');
    const full = page.locator('.search-result:has(.search-more)').first();
    expect(await full.locator('.search-paragraph-link').count()).toBe(4);
    const more = Array.from({ length: article.paragraphs.length }, (_, i) => searchUi.moreParagraphs(i + 1));
    expect(more).toContain(await full.locator('.search-more').textContent());
    expect(await full.locator('.search-more').getAttribute('href')).toBe(
      await full.locator('.search-result-link').getAttribute('href'),
    );
  });

  it('finds other forms of a word (singular for plural, without the pronoun) and highlights the form the article uses', async () => {
    const page = await tab();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('سفارة')}`);
    expect(await resultsFor(page, 'سفارة')).toEqual([`/${chapterWith('سفارتها').id}/`]);
    const href = (await page.locator('.search-result-link').first().getAttribute('href')) ?? '';
    expect(new URL(href, site.server.url).searchParams.getAll('pagefind-highlight')).toEqual(['سفارتها']);
  });

  it('keeps the URL in step with the input, and a reload gives the same results', async () => {
    const page = await tab();
    await page.goto(`${site.server.url}search/`);
    const input = page.locator('[data-search-page] input');
    await input.waitFor();
    await input.fill('Lavrov');
    const first = await resultsFor(page, 'Lavrov');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Lavrov');
    await page.reload();
    expect(await resultsFor(page, 'Lavrov')).toEqual(first);
    expect(first).toEqual([`/${chapterWith('لافروف').id}/`]);
    await input.fill('');
    await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);
  });

  it("sends the header control and its shortcuts to the page's own box, not a dialog", async () => {
    const page = await tab();
    await page.goto(`${site.server.url}search/?q=Putin`);
    await resultsFor(page, 'Putin');
    await page.locator('main h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-page] input'))).toBe(true);
    await page.locator('[data-site-search]').click();
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-page] input'))).toBe(true);
    expect(await page.locator('[data-testid=search-dialog]').count()).toBe(0);
  });

  it('says it is searching while a slow first search loads, then the count', async () => {
    const page = await newTab();
    // A slow network: Pagefind's WebAssembly arrives after a second and a half.
    await page.route('**/pagefind/wasm.*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${site.server.url}search/?q=Lavrov`);
    const summary = page.locator('[data-search-page] .search-summary');
    await expect.poll(() => summary.textContent(), { timeout: 5000 }).toBe('جارٍ البحث…');
    expect(await resultsFor(page, 'Lavrov')).toEqual(['/ukraine-mediation/']);
    expect(await summary.textContent()).toMatch(/^نتيجة واحدة لـ/);
    await page.close();
  });

  it('shows an empty list and an Arabic message when nothing matches', async () => {
    const page = await tab();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('بايدن')}`);
    expect(await resultsFor(page, 'بايدن')).toEqual([]);
    const summary = page.locator('[data-search-page] .search-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toMatch(/لا توجد نتائج لـ «\u2068بايدن\u2069»/);
  });
});

describe('landing from a result', () => {
  it('opens the paragraph with the searched words highlighted', async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}search/?q=Putin`);
    await resultsFor(page, 'Putin');
    // The subheading «لقاء أردوغان – بوتين» is its own sub-result: shown once, as a title with the word marked.
    const heading = page.locator('.search-paragraph-title:has(mark)').first();
    expect(await heading.textContent()).toBe('لقاء أردوغان – بوتين');
    expect(await heading.locator('mark').textContent()).toBe('بوتين');
    const sub = page.locator('[data-testid=search-results] .search-paragraph-link[href*="#p-"]').first();
    const hash = await sub.evaluate((a) => (a as HTMLAnchorElement).hash);
    await sub.click();
    await page.waitForURL(/pagefind-highlight=/);
    const marks = page.locator(`${hash} mark.pagefind-highlight`);
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(await marks.first().textContent()).toContain('بوتين');
    // Polled: the site scrolls smoothly, so the paragraph comes into view over a few frames.
    const inView = () =>
      page.locator(hash).evaluate((p) => {
        const r = p.getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0;
      });
    await expect.poll(inView).toBe(true);
    // The highlight script is fetched only on such a landing, and styles come from the site (no inline <style>).
    expect(await page.locator('head style').count()).toBe(0);
    await page.close();
  });
});

describe('the UI in Arabic, right to left', () => {
  it('uses Arabic strings and lays the dialog out right to left', async () => {
    const page = await newTab({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${site.server.url}cica/`);
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-testid=search-dialog] input');
    await input.fill('أستانا');
    await page.locator('[data-testid=search-dialog] .search-result-link').first().waitFor();
    const layout = await page.evaluate(() => {
      const modal = document.querySelector('[data-testid=search-dialog]') as HTMLDialogElement;
      const input = modal.querySelector('input') as HTMLInputElement;
      const title = modal.querySelector('.search-result-link') as HTMLElement;
      const card = modal.querySelector('.search-result') as HTMLElement;
      return {
        modal: modal.matches(':modal'),
        dir: getComputedStyle(modal).direction,
        inputDir: getComputedStyle(input).direction,
        label: modal.getAttribute('aria-label'),
        close: modal.querySelector('.search-close')?.textContent?.trim() ?? '',
        placeholder: input.placeholder,
        summary: modal.querySelector('.search-summary')?.textContent ?? '',
        // Text starts at the right: the title's right edge sits near the card's right edge.
        titleGap: card.getBoundingClientRect().right - title.getBoundingClientRect().right,
      };
    });
    expect(layout.modal).toBe(true);
    expect(layout.dir).toBe('rtl');
    expect(layout.close).toBe('إغلاق');
    expect(layout.inputDir).toBe('rtl');
    expect(layout.label).toMatch(/\p{Script=Arabic}/u);
    expect(layout.placeholder).toMatch(/\p{Script=Arabic}/u);
    expect(layout.summary).toMatch(/^[٠-٩]+ نتائج لـ «\u2068أستانا\u2069»$/);
    expect(layout.titleGap).toBeLessThan(40);
    await page.close();
  });

  it('follows the site theme in the dialog (dark)', async () => {
    const page = await newTab({ colorScheme: 'dark' });
    await page.goto(`${site.server.url}cica/`);
    await page.keyboard.press('Control+k');
    await page.locator('[data-testid=search-dialog] input').waitFor();
    const bg = await page.locator('[data-testid=search-dialog]').evaluate((d) => getComputedStyle(d).backgroundColor);
    expect(bg).toBe('rgb(28, 32, 36)');
    await page.close();
  });

  it('writes screenshots of the dialog and the search page (375 and 1280 px, light and dark)', async () => {
    const names = await searchScreenshots(newTab, site.server.url);
    expect(names).toHaveLength(8);
  });
});
