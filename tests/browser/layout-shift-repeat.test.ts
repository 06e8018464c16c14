// Pages never jump while they load (issue 10), on a repeat visit: a returning reader, whose service worker holds
// the site, gets every built page at phone and desktop width, light and dark, drawn in the webfont from the start
// and without a shift, on this machine's fonts and on one with no Arabic font at all. The first visits are
// layout-shift.test.ts.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeShift,
  FONTS,
  type Fonts,
  fontsEnv,
  measureRepeatVisit,
  NONE,
  returningReader,
  scenarios,
  WEBFONT,
} from '../support/layout-shift.ts';
import { DIST } from '../support/paths.ts';
import { useBrowser, useSiteSession } from '../support/site-session.ts';

const site = useSiteSession({ gzip: true, browserEnv: fontsEnv('system') });
const browsers = { system: site, 'no-arabic': useBrowser(fontsEnv('no-arabic')) };

// A returning reader in each font situation: the worker installs once, then every repeat visit is a page of that
// profile.
const returning = {} as Record<Fonts, BrowserContext>;
beforeAll(async () => {
  for (const fonts of FONTS) returning[fonts] = await returningReader(browsers[fonts].browser, site.server.url);
});

describe.each(scenarios(DIST))('/%s', (_, cases) => {
  it.each(cases)(
    'does not shift on a repeat visit, in the webfont, at %i px, %s',
    async (_width, _scheme, scenario) => {
      // The webfont, from the worker's cache, must arrive within font-display: optional's 100 ms block period: this
      // file runs alone (vitest.config.ts), so no other file's browser competes for the cores.
      const repeat = await Promise.all(
        FONTS.map((fonts) => measureRepeatVisit(returning[fonts], site.server.url, scenario)),
      );
      for (const [i, fonts] of FONTS.entries()) {
        const again = repeat[i]!;
        expect(again.shift, `${fonts} fonts, repeat visit: ${describeShift(again)}`).toBeLessThan(NONE);
        expect(again.renderedFonts, 'the webfont shows on a repeat visit').toContain(WEBFONT);
      }
    },
  );
});
