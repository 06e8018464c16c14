// The site's two pictures, the map and the timeline, as a reader's browser draws them at 320, 375 and 1280 px:
// every visible label's box measured, none over another label or over a dot not its own, none cut by its
// picture's edge; the map shown once (two panels on a phone, the wide drawing on a desktop), every place on it
// once, its box never panned sideways, its letters never below the page's small print; its labels landing on
// their entries on /names/, which link back. The smallest room left between two labels is printed per width.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedProfile, useSiteSession } from '../support/site-session.ts';
import { PLACES } from '../../src/lib/map/places.ts';

const site = useSiteSession();
const newTab = sharedProfile(site);
const PLACE_IDS = PLACES.map((p) => p.id);
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
  labels: (Rect & { own: string; text: string; fontSize: number; svg: Rect })[];
  dots: (Rect & { own: string })[];
}

/**
 * The boxes of the labels a reader sees (the drawing CSS hides has none), each with its picture's box, and of
 * the dots, each with the key that ties a label to its dot.
 */
function measure(page: Page, labels: string, dots: string, key: string): Promise<Measured> {
  return page.evaluate(
    ({ labels, dots, key }) => {
      const rect = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const keyOf = (e: Element) => e.closest(`[${key}]`)?.getAttribute(key) ?? '';
      const seen = (e: Element) => e.getClientRects().length > 0;
      const svgOf = (e: Element) => e.closest('svg') ?? e;
      return {
        labels: [...document.querySelectorAll(labels)].filter(seen).map((e) => ({
          ...rect(e),
          svg: rect(svgOf(e)),
          own: keyOf(e),
          text: e.textContent.trim(),
          fontSize: parseFloat(getComputedStyle(e).fontSize) * ((e as SVGGraphicsElement).getScreenCTM()?.a ?? 1),
        })),
        dots: [...document.querySelectorAll(dots)].filter(seen).map((e) => ({ ...rect(e), own: keyOf(e) })),
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
function problems({ labels, dots }: Measured): { wrong: string[]; least: number } {
  const wrong: string[] = [];
  let least = Infinity;
  const eps = 0.5;
  labels.forEach((label, i) => {
    const { svg } = label;
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
      const page = await newTab({ viewport: { width, height: 900 } });
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
        // Nothing wider than the screen, the page or the map's box: nothing pans sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        if (picture.path === 'map/') {
          for (const label of measured.labels) expect(label.fontSize).toBeGreaterThanOrEqual(SMALL_PRINT);
          // One drawing shown: the wide one from its breakpoint, the two panels below it; every place once.
          const shown = await page.evaluate(() =>
            [...document.querySelectorAll('.map-box')]
              .filter((box) => box.getClientRects().length > 0)
              .map((box) => ({ wide: box.classList.contains('map-wide'), over: box.scrollWidth - box.clientWidth })),
          );
          expect(shown).toEqual([{ wide: width >= 1280, over: 0 }]);
          expect(measured.labels.map((l) => l.own).sort()).toEqual([...PLACE_IDS].sort());
        }
      }
      await page.close();
    });
  }

  for (const width of WIDTHS)
    it(`lands from the map's labels seen at ${width} px on their entries of /names/, which link back`, async () => {
      const page = await newTab({ viewport: { width, height: 900 } });
      await page.goto(`${site.server.url}map/`);
      const labels = await page.locator('.map-picture a:visible').evaluateAll((links) =>
        links.map((a) => ({
          id: a.getAttribute('data-place') ?? '',
          text: a.textContent.trim(),
          href: a.getAttribute('href'),
        })),
      );
      expect(labels.map((l) => l.id).sort()).toEqual([...PLACE_IDS].sort());
      // One taken as a reader would, there and back: the last drawn, in the east panel on a phone.
      const last = labels.at(-1) ?? { id: '', text: '' };
      await page.locator(`.map-picture a[data-place="${last.id}"]:visible`).click();
      await page.waitForURL((url) => url.pathname.endsWith('/names/') && url.hash === `#${last.id}`);
      await page.locator(`li#${last.id} a[href$="map/#${last.id}"]`).click();
      await page.waitForURL((url) => url.pathname.endsWith('/map/') && url.hash === `#${last.id}`);
      expect(await page.locator(`li#${last.id}`).textContent()).toContain(last.text);
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
