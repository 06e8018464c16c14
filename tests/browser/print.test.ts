// Taking the article away, in a real browser: /article/ printed to PDF by Chromium on A4 and Letter (page count,
// the text of page 1, every paragraph number in order), and the EPUB's pages rendered (screenshots).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { drawn } from '../support/page-drawn.ts';
import { sharedProfile, useSiteSession } from '../support/site-session.ts';
import { article, chapters } from '../support/chapters.ts';
import { formatNumber } from '../../src/i18n/numbers.ts';
import { DIST } from '../support/paths.ts';
import { EPUB_FILE } from '../../src/lib/epub/edition.ts';
import { SCREENSHOTS } from '../support/search-screenshots.ts';

const site = useSiteSession();
const newTab = sharedProfile(site);
/** The paragraph numbers, in Arabic-Indic digits, as they appear in the text of a PDF page. */
const numbersIn = (text: string): number[] =>
  [...text.matchAll(/[\u0660-\u0669]+/g)].map((m) =>
    Number(m[0].replace(/./g, (d) => String(d.charCodeAt(0) - 0x660))),
  );

describe('/article/ printed', () => {
  it.each(['A4', 'Letter'] as const)(
    'makes a clean %s PDF: a few pages, every paragraph number in order',
    async (format) => {
      const page = await newTab();
      await page.goto(`${site.server.url}article/`);
      await drawn(page);
      const pdf = await page.pdf({ format });
      writeFileSync(join(SCREENSHOTS, `article-${format}.pdf`), pdf);
      const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
        mergePages: false,
      });
      // About a page for every six paragraphs; no blank page, no page per paragraph.
      expect(totalPages).toBeGreaterThanOrEqual(3);
      expect(totalPages).toBeLessThanOrEqual(6);
      // Page 1 opens with the first paragraphs (Arabic glyphs do not come back out of a PDF as text; the
      // numbers and the Latin words do): 1, 2, 3 …, and the dates and the name in Latin letters of the first.
      const first = text[0] ?? '';
      expect(numbersIn(first).slice(0, 3)).toEqual([1, 2, 3]);
      expect(first).toContain('CICA');
      // Every paragraph's number once, in order, across the pages: nothing cut, nothing doubled.
      const all = text.flatMap(numbersIn).filter((n) => n >= 1 && n <= article.paragraphs.length);
      expect(all).toEqual(article.paragraphs.map((_, i) => i + 1));
      await page.close();
    },
  );

  it('hides the menu, the notice and the links’ targets, and keeps the numbers as text', async () => {
    const page = await newTab();
    await page.goto(`${site.server.url}article/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('.whole-article .no-print').isVisible()).toBe(false);
    const number = page.locator('.whole-article .paragraph-link').first();
    expect(await number.isVisible()).toBe(true);
    expect(await number.textContent()).toBe(formatNumber(1));
    expect(await number.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    await page.close();
  });
});

describe('the EPUB edition in a browser', () => {
  it('renders its chapters right to left in the embedded font (screenshots)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epub-'));
    try {
      for (const [path, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(join(DIST, EPUB_FILE)))))) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), data);
      }
      const page = await newTab({ viewport: { width: 375, height: 800 } });
      const chapter = chapters[0]?.id ?? '';
      await page.goto(pathToFileURL(join(dir, 'OEBPS', `${chapter}.xhtml`)).href, { waitUntil: 'load' });
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'أردوغان'))).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, 'epub-chapter-375.png') });
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
