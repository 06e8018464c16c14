// Pages never jump while they load (issue 10): the layout-shift sum stays below 0.001 on every built page,
// at phone and desktop width, light and dark, with the webfont on time or held back past first paint, on
// this machine's fonts and on one with no Arabic font at all; and the webfont shows on a repeat visit.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPages } from '../../src/lib/files.ts';
import { familyName } from '../../src/lib/fonts/faces.ts';
import { pagePath } from '../../src/lib/urls.ts';
import {
  arabicFamilies,
  fontsEnv,
  measureFirstVisit,
  measureRepeatVisit,
  noArabicFontconfig,
  returningReader,
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
const FONTS = ['system', 'no-arabic'] as const;
type Fonts = (typeof FONTS)[number];

const describeShift = (r: ShiftResult): string =>
  `${r.shift.toFixed(4)} from ${JSON.stringify(r.entries)} (drawn in ${r.renderedFonts.join(', ')})`;

describe('the pinned font situations are real', () => {
  it('hides every Arabic font from the no-Arabic browser', () => {
    expect(arabicFamilies(noArabicFontconfig())).toEqual([]);
  });
});

// A returning reader in each font situation: the service worker installed once, then every repeat visit is a page
// of that profile.
const returning = {} as Record<Fonts, BrowserContext>;
beforeAll(async () => {
  for (const fonts of FONTS) returning[fonts] = await returningReader(browsers[fonts].browser, site.server.url);
});

describe.each(paths)('/%s', (path) => {
  it.each(widths.flatMap((width) => schemes.map((scheme) => [width, scheme] as const)))(
    'does not shift at %i px, %s',
    async (width, colorScheme) => {
      // The search page answering a query has loaded when its results are drawn.
      const ready = path.includes('?q=') ? '[data-search-page] .search-result-link' : undefined;
      const scenario = { path, width, colorScheme, ready };
      const url = site.server.url;
      // The three first visits are measured side by side, each in its own new profile: each waits mostly on its own
      // page (paint, the font held back), so together they take about half the time.
      const [onTime, ...late] = await Promise.all([
        // The realistic first visit: the font comes straight from the server.
        measureFirstVisit(site.browser, url, 'on-time', scenario),
        // The slow first visit: the font arrives only after the page has painted.
        ...FONTS.map((fonts) => measureFirstVisit(browsers[fonts].browser, url, 'late', scenario)),
      ]);
      // Then the repeat visits, once no first visit competes for the cores: the webfont, from the worker's cache,
      // must arrive within font-display: optional's short block period.
      const repeat = await Promise.all(FONTS.map((fonts) => measureRepeatVisit(returning[fonts], url, scenario)));
      expect(onTime.shift, `first visit, font on time: ${describeShift(onTime)}`).toBeLessThan(NONE);
      for (const [i, fonts] of FONTS.entries()) {
        const first = late[i]!;
        const again = repeat[i]!;
        expect(first.shift, `${fonts} fonts, font late: ${describeShift(first)}`).toBeLessThan(NONE);
        expect(first.renderedFonts, 'a late font is never swapped in').not.toContain(WEBFONT);
        expect(again.shift, `${fonts} fonts, repeat visit: ${describeShift(again)}`).toBeLessThan(NONE);
        expect(again.renderedFonts, 'the webfont shows on a repeat visit').toContain(WEBFONT);
      }
    },
  );
});
