// Pages never jump while they load (issue 10): the layout-shift sum stays below 0.001 on every built page,
// at phone and desktop width, light and dark, with the webfont on time or held back past first paint, on
// this machine's fonts and on one with no Arabic font at all; and the webfont shows on a repeat visit.
import { describe, expect, it } from 'vitest';
import { listPages } from '../../src/lib/files.ts';
import { familyName } from '../../src/lib/fonts/faces.ts';
import { pagePath } from '../../src/lib/urls.ts';
import {
  arabicFamilies,
  fontsEnv,
  measureLoad,
  measureVisits,
  noArabicFontconfig,
  type ShiftResult,
  WEBFONT_MARK,
} from '../support/layout-shift.ts';
import { DIST } from '../support/paths.ts';
import { useBrowser, useSiteSession } from '../support/site-session.ts';

/** Below this the layout-shift sum counts as none (the threshold). */
const NONE = 0.001;
// The site's webfont as Chromium reports it (the Arabic face's internal family name): a machine may have Noto
// Naskh Arabic installed too (Debian's fonts-noto-core), which must not count as the webfont.
const WEBFONT = `${familyName({ edition: 'web', script: 'arabic' })}${WEBFONT_MARK}`;
// Every built page, and the search page answering a query as a shared link opens it.
const paths = [...listPages(DIST).map(pagePath), `search/?q=${encodeURIComponent('أستانا')}`];
const widths = [375, 1280] as const;
const schemes = ['light', 'dark'] as const;

// One Chromium with the machine's fonts (and the server, gzipped as a CDN would), one with no Arabic font at all.
const site = useSiteSession({ gzip: true, browserEnv: fontsEnv('system') });
const browsers = { system: site, 'no-arabic': useBrowser(fontsEnv('no-arabic')) };

const describeShift = (r: ShiftResult): string =>
  `${r.shift.toFixed(4)} from ${JSON.stringify(r.entries)} (drawn in ${r.renderedFonts.join(', ')})`;

describe('the pinned font situations are real', () => {
  it('hides every Arabic font from the no-Arabic browser', () => {
    expect(arabicFamilies(noArabicFontconfig())).toEqual([]);
  });
});

describe.each(paths)('/%s', (path) => {
  it.each(widths.flatMap((width) => schemes.map((scheme) => [width, scheme] as const)))(
    'does not shift at %i px, %s',
    async (width, colorScheme) => {
      // The search page answering a query has loaded when its results are drawn.
      const ready = path.includes('?q=') ? '[data-search-page] .search-result-link' : undefined;
      const scenario = { path, width, colorScheme, ready };
      // The three situations of one case are measured side by side (three browser contexts, two Chromiums):
      // each waits mostly on its own page (paint, the font held back, the worker installing), so together they
      // take about half the time, and each still loads its page alone in its own profile.
      const [onTime, ...late] = await Promise.all([
        // The realistic first visit: the font comes straight from the server.
        (async () => {
          const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
          try {
            return await measureLoad(context, site.server.url + path, 'on-time', { ready });
          } finally {
            await context.close();
          }
        })(),
        // The slow first visit: the font arrives only after the page has painted; then a repeat visit.
        ...(['system', 'no-arabic'] as const).map((fonts) =>
          measureVisits(browsers[fonts].browser, site.server.url, { ...scenario, timing: 'late' }),
        ),
      ]);
      expect(onTime.shift, `first visit, font on time: ${describeShift(onTime)}`).toBeLessThan(NONE);
      for (const [i, fonts] of (['system', 'no-arabic'] as const).entries()) {
        const { first, repeat } = late[i]!;
        expect(first.shift, `${fonts} fonts, font late: ${describeShift(first)}`).toBeLessThan(NONE);
        expect(first.renderedFonts, 'a late font is never swapped in').not.toContain(WEBFONT);
        expect(repeat.shift, `${fonts} fonts, repeat visit: ${describeShift(repeat)}`).toBeLessThan(NONE);
        expect(repeat.renderedFonts, 'the webfont shows on a repeat visit').toContain(WEBFONT);
      }
    },
  );
});
