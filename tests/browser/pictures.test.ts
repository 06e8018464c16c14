// The site's two pictures, the map and the timeline, as a reader's browser draws them at 320, 375 and 1280 px:
// every label's box measured, none over another label or over a dot not its own, none cut by the picture's
// edge; the map's letters never below the page's small print; its labels landing on their entries on /names/,
// which link back. The smallest room left between two labels is printed for each page and width.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession } from '../support/site-session.ts';

const site = useSiteSession();
const WIDTHS = [320, 375, 1280];
/** The page's small print (.text-sm and the paragraph numbers: 0.8125rem). */
const SMALL_PRINT = 13;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Measured {
  svg: Rect;
  labels: (Rect & { own: string; text: string; fontSize: number })[];
  dots: (Rect & { own: string })[];
}

/** The picture's box, its labels' boxes and its dots' boxes, each with the key that ties a label to its dot. */
function measure(page: Page, labels: string, dots: string, key: string): Promise<Measured> {
  return page.evaluate(
    ({ labels, dots, key }) => {
      const rect = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const keyOf = (e: Element) => e.closest(`[${key}]`)?.getAttribute(key) ?? '';
      const svg = document.querySelector(labels)?.closest('svg');
      return {
        svg: svg ? rect(svg) : { x: 0, y: 0, width: 0, height: 0 },
        labels: [...document.querySelectorAll(labels)].map((e) => ({
          ...rect(e),
          own: keyOf(e),
          text: e.textContent.trim(),
          fontSize: parseFloat(getComputedStyle(e).fontSize) * ((e as SVGGraphicsElement).getScreenCTM()?.a ?? 1),
        })),
        dots: [...document.querySelectorAll(dots)].map((e) => ({ ...rect(e), own: keyOf(e) })),
      };
    },
    { labels, dots, key },
  );
}

/** The room between two boxes: negative when they overlap. */
function room(a: Rect, b: Rect): number {
  const dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
  return dx > 0 || dy > 0 ? Math.max(dx, dy) : Math.max(dx, dy);
}

/** What is wrong with a measured picture, in words, and the least room between two labels. */
function problems({ svg, labels, dots }: Measured): { wrong: string[]; least: number } {
  const wrong: string[] = [];
  let least = Infinity;
  const eps = 0.5;
  labels.forEach((label, i) => {
    if (
      label.x < svg.x - eps ||
      label.y < svg.y - eps ||
      label.x + label.width > svg.x + svg.width + eps ||
      label.y + label.height > svg.y + svg.height + eps
    )
      wrong.push(`«${label.text}» is cut by the picture's edge`);
    for (const other of labels.slice(i + 1)) {
      const r = room(label, other);
      least = Math.min(least, r);
      if (r <= 0) wrong.push(`«${label.text}» overlaps «${other.text}»`);
    }
    for (const dot of dots)
      if (dot.own !== label.own && room(label, dot) <= 0) wrong.push(`«${label.text}» covers a dot not its own`);
  });
  return { wrong, least };
}

const PICTURES = [
  { path: 'map/', labels: '.map-picture a text', dots: '.map-picture circle.city', key: 'data-place' },
  { path: 'timeline/', labels: '.timeline-picture text:not(.count)', dots: '.timeline-picture circle', key: 'data-at' },
];

describe('the pictures', () => {
  for (const width of WIDTHS) {
    it(`draws every label of the map and the timeline clear and whole at ${width} px`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const picture of PICTURES) {
        await page.goto(`${site.server.url}${picture.path}`);
        await page.evaluate(() => document.fonts.ready);
        const measured = await measure(page, picture.labels, picture.dots, picture.key);
        expect(measured.labels.length).toBeGreaterThan(5);
        const { wrong, least } = problems(measured);
        console.log(
          `${picture.path} at ${width} px: ${measured.labels.length} labels, least room ${least.toFixed(1)} px`,
        );
        expect(wrong).toEqual([]);
        // Nothing wider than the screen: a phone pans the map inside its own box, not the page.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        if (picture.path === 'map/')
          for (const label of measured.labels) expect(label.fontSize).toBeGreaterThanOrEqual(SMALL_PRINT);
      }
      await context.close();
    });
  }

  it("lands from the map's labels on their entries of /names/, which link back to the map", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}map/`);
    const labels = await page.locator('.map-picture a').evaluateAll((links) =>
      links.map((a) => ({
        id: a.getAttribute('data-place') ?? '',
        text: a.textContent.trim(),
        href: a.getAttribute('href'),
      })),
    );
    expect(labels.length).toBeGreaterThan(10);
    // One taken as a reader would, there and back.
    const first = labels[0] ?? { id: '', text: '' };
    await page.locator(`.map-picture a[data-place="${first.id}"]`).click();
    await page.waitForURL((url) => url.pathname.endsWith('/names/') && url.hash === `#${first.id}`);
    await page.locator(`li#${first.id} a[href$="map/#${first.id}"]`).click();
    await page.waitForURL((url) => url.pathname.endsWith('/map/') && url.hash === `#${first.id}`);
    expect(await page.locator(`li#${first.id}`).textContent()).toContain(first.text);
    // Every one: its link names its entry, whose heading is the label's name and which links back.
    await page.goto(`${site.server.url}names/`);
    for (const { id, text, href } of labels) {
      expect(href).toMatch(new RegExp(`/names/#${id}$`));
      expect(await page.locator(`li#${id} h3`).textContent()).toContain(text);
      expect(await page.locator(`li#${id} a[href$="map/#${id}"]`).count()).toBe(1);
    }
    await page.close();
  });
});
