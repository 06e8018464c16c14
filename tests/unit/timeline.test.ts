// The timeline: every quote verbatim, the events in date order, every date-like word of the article on it
// or left out on purpose, inferred dates marked, and a picture whose gaps are honest.
import { describe, expect, it } from 'vitest';
import { article } from '../support/chapters.ts';
import { EVENTS, LEFT_OUT } from '../../src/lib/timeline/events.ts';
import { ARTICLE_YEAR } from '../../src/lib/timeline/inferred.ts';
import { displayDate, monthName } from '../../src/lib/timeline/dates.ts';
import { HEIGHT, LABEL_SIZE, MONTHS_Y, WIDTH, YEARS_Y, layoutTimeline } from '../../src/lib/timeline/layout.ts';
import { ASCENT, DESCENT, inside, overlaps, textWidth } from '../../src/lib/pictures/labels.ts';

/** What counts as a date in the article: years, month names, days of the week and relative dates. */
const DATE_LIKE =
  /\b(?:19|20)\d\d\b|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|السبت|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|الشهر الماضي|هذا العام|نفس العام/gu;

describe('the timeline events', () => {
  it('quote the article verbatim, each from its paragraph, with the words that date it', () => {
    for (const event of EVENTS) {
      expect(article.paragraphs[event.paragraph - 1], event.label).toContain(event.quote);
      expect(event.quote, event.label).toContain(event.expression);
    }
  });

  it('are in date order, each date valid ISO as precise as the article allows', () => {
    const dates = EVENTS.map((e) => e.datetime);
    for (const d of dates) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    // By year; within a year, the dated ones in order (a date of a year alone has no place inside it).
    const years = dates.map((d) => d.slice(0, 4));
    expect(years).toEqual([...years].sort());
    const precise = dates.filter((d) => d.length > 4);
    expect(precise).toEqual([...precise].sort());
  });

  it('hold every date-like expression of the article, or list it as left out on purpose', () => {
    article.paragraphs.forEach((text, i) => {
      for (const match of text.matchAll(DATE_LIKE)) {
        const on = EVENTS.some((e) => e.paragraph === i + 1 && e.quote.includes(match[0]) && text.includes(e.quote));
        const out = LEFT_OUT.some((l) => l.paragraph === i + 1 && l.expression === match[0]);
        expect(on || out, `paragraph ${i + 1}: ${match[0]}`).toBe(true);
      }
    });
    for (const l of LEFT_OUT) expect(article.paragraphs[l.paragraph - 1]).toContain(l.expression);
  });

  it('mark as inferred every date whose year the quote does not write', () => {
    for (const event of EVENTS) {
      const year = event.datetime.slice(0, 4);
      if (!event.quote.includes(year)) expect(event.inferred, event.label).toBeTruthy();
    }
    // The year inferred once: the thirtieth anniversary of 1992.
    expect(ARTICLE_YEAR).toBe(2022);
  });
});

describe('displayDate', () => {
  it('writes dates as the article does', () => {
    expect(displayDate('1992')).toBe('1992');
    expect(displayDate('1992-03')).toBe('مارس 1992');
    expect(displayDate('2022-07-19')).toBe('19 يوليو 2022');
    expect(displayDate('2022-10-12', '2022-10-13')).toBe('12-13 أكتوبر 2022');
  });
});

describe('the picture', () => {
  const picture = layoutTimeline(EVENTS, monthName);

  it('spans the first year to the last, right to left, with gaps in proportion to the years', () => {
    const x = (year: number) => picture.years.find((t) => t.label === String(year))?.x ?? NaN;
    expect([picture.first, picture.last]).toEqual([1992, 2022]);
    expect(x(1992)).toBeGreaterThan(x(2022));
    const perYear = (x(1992) - x(2022)) / 30;
    // Within a unit: the places are whole SVG units.
    expect(Math.abs(x(1992) - x(2009) - 17 * perYear)).toBeLessThanOrEqual(1);
    expect(Math.abs(x(2015) - x(2017) - 2 * perYear)).toBeLessThanOrEqual(1);
  });

  it('counts every event once, on the years and again on the months of the last year', () => {
    expect(picture.yearDots.reduce((n, d) => n + d.count, 0)).toBe(EVENTS.length);
    const inLast = EVENTS.filter((e) => e.datetime.startsWith('2022-'));
    expect(picture.monthDots.reduce((n, d) => n + d.count, 0)).toBe(inLast.length);
  });

  it('writes the years above their line and the months below theirs, clear of the band between', () => {
    for (const tick of picture.years) expect(tick.y).toBeLessThan(YEARS_Y);
    for (const tick of picture.months) expect(tick.y).toBeGreaterThan(MONTHS_Y);
  });

  it('keeps every label inside the picture and off its neighbours in its row, at the largest letters', () => {
    for (const ticks of [picture.years, picture.months]) {
      const boxes = ticks.map((t) => {
        const width = textWidth(t.label, LABEL_SIZE);
        const y = t.y - ASCENT * LABEL_SIZE;
        return { x: t.x - width / 2, y, width, height: (ASCENT + DESCENT) * LABEL_SIZE };
      });
      for (const box of boxes) expect(inside(box, { x: 0, y: 0, width: WIDTH, height: HEIGHT })).toBe(true);
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    }
  });
});
