// Pages never jump while they load (issue 10), on a first visit: the layout-shift sum stays below 0.001 on every
// built page, at phone and desktop width, light and dark, with the webfont on time or held back past first paint,
// on this machine's fonts and on one with no Arabic font at all, and a late webfont is never swapped in. The repeat
// visit, with the webfont from the worker's cache, is layout-shift-repeat.test.ts.
import { describe, expect, it } from 'vitest';
import {
  arabicFamilies,
  describeShift,
  FONTS,
  firstVisitors,
  noArabicFontconfig,
  NONE,
  scenarios,
  useFontSituations,
  WEBFONT,
} from '../support/layout-shift.ts';
import { DIST } from '../support/paths.ts';

// One Chromium with the machine's fonts, one with no Arabic font at all; first visitors in each: a window per screen
// and font timing, its cache disabled (support/layout-shift.ts).
const firstVisit = useFontSituations(firstVisitors);

describe('the pinned font situations are real', () => {
  it('hides every Arabic font from the no-Arabic browser', () => {
    expect(arabicFamilies(noArabicFontconfig())).toEqual([]);
  });
});

describe.each(scenarios(DIST))('/%s', (_, cases) => {
  it.each(cases)('does not shift on a first visit at %i px, %s', async (_width, _scheme, scenario) => {
    // The three first visits side by side, each in its own tab: each waits mostly on its own page (paint, the font
    // held back), so together they take about half the time. Their order, not time, decides what they measure, so
    // a loaded machine slows them without changing it.
    const [onTime, ...late] = await Promise.all([
      // The realistic first visit: the font comes straight from the server.
      firstVisit.system(scenario, 'on-time'),
      // The slow first visit: the font arrives only after the page has painted.
      ...FONTS.map((fonts) => firstVisit[fonts](scenario, 'late')),
    ]);
    expect(onTime.shift, `first visit, font on time: ${describeShift(onTime)}`).toBeLessThan(NONE);
    for (const [i, fonts] of FONTS.entries()) {
      const first = late[i]!;
      expect(first.shift, `${fonts} fonts, font late: ${describeShift(first)}`).toBeLessThan(NONE);
      expect(first.renderedFonts, 'a late font is never swapped in').not.toContain(WEBFONT);
    }
    for (const visit of [onTime, ...late]) {
      expect(visit.fontTransfers.length, 'the page uses the webfont').toBeGreaterThan(0);
      expect(Math.min(...visit.fontTransfers), 'a first visit fetches its fonts').toBeGreaterThan(0);
    }
  });
});
