// Pages never jump while they load (issue 10), on a repeat visit: a returning reader, whose service worker holds
// the site, gets every built page at phone and desktop width, light and dark, drawn in the webfont from the start
// and without a shift, on this machine's fonts and on one with no Arabic font at all. The first visits are
// layout-shift.test.ts.
import { describe, expect, it } from 'vitest';
import {
  describeShift,
  FONTS,
  NONE,
  returningReaders,
  scenarios,
  useFontSituations,
  WEBFONT,
} from '../support/layout-shift.ts';
import { DIST } from '../support/paths.ts';

// One returning reader in each font situation, a window per screen: the worker installs once in each profile, then
// every repeat visit is a navigation of the screen's tab.
const repeatVisit = useFontSituations(returningReaders);

describe.each(scenarios(DIST))('/%s', (_, cases) => {
  it.each(cases)(
    'does not shift on a repeat visit, in the webfont, at %i px, %s',
    async (_width, _scheme, scenario) => {
      // The webfont, from the worker's cache, must arrive within font-display: optional's 100 ms block period: this
      // file runs alone (vitest.config.ts). That window is time, not order: a worker waking up on a loaded machine
      // can miss it, and the reader then gets the fallback for that one visit, with no shift. So a visit is repeated
      // (at most three) until the webfont shows; every visit made must be free of shifts.
      for (const fonts of FONTS) {
        const visits = [];
        do visits.push(await repeatVisit[fonts](scenario));
        while (visits.length < 3 && !visits.at(-1)!.renderedFonts.includes(WEBFONT));
        for (const again of visits) {
          expect(again.shift, `${fonts} fonts, repeat visit: ${describeShift(again)}`).toBeLessThan(NONE);
        }
        expect(visits.at(-1)!.renderedFonts, 'the webfont shows on a repeat visit').toContain(WEBFONT);
      }
    },
  );
});
