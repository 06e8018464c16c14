// Layout shift as a reader's browser reports it (`layout-shift` entries, summed as CLS does, input
// excluded), for one page load under a pinned font situation: the machine's fonts or no Arabic font at
// all, the webfont on time or held back until the page has painted. Ordering, not timers, makes the
// late case deterministic: the font responses are released only once first contentful paint exists.
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { listPages } from '../../src/lib/files.ts';
import { familyName } from '../../src/lib/fonts/faces.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { drawn } from './page-drawn.ts';
import { newWindow } from './window.ts';
import { atScreen, useBrowser, useSiteSession } from './site-session.ts';

export type FontTiming = 'on-time' | 'late';

interface ShiftEntry {
  value: number;
  sources: string[];
}

export interface ShiftResult {
  /** The sum of the page's layout-shift values without recent input. */
  shift: number;
  entries: ShiftEntry[];
  /** The font families Chromium really drew the first article paragraph (or h1) with; a webfont's family ends in
   *  ` (webfont)`, so the site's font is told apart from an installed font of the same name. */
  renderedFonts: string[];
  /** The bytes each font the page used came over the network with: 0 for a font read from the browser's cache. */
  fontTransfers: number[];
}

/**
 * A fontconfig file that hides every installed font covering Arabic: the machine a reader might have
 * whose fallback stack has nothing for Arabic, so only the webfont can draw it.
 */
export function noArabicFontconfig(): string {
  const dir = join(tmpdir(), 'site-no-arabic-fonts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><pattern><patelt name="lang"><string>ar</string></patelt></pattern></rejectfont></selectfont>
</fontconfig>
`,
  );
  return file;
}

/** The families fontconfig offers for Arabic under a config file (empty when none covers it). */
export function arabicFamilies(fontconfigFile?: string): string[] {
  const out = execFileSync('fc-list', [':lang=ar', 'family'], {
    env: { ...process.env, ...(fontconfigFile ? { FONTCONFIG_FILE: fontconfigFile } : {}) },
    encoding: 'utf8',
  });
  return out.split('\n').filter(Boolean);
}

/** The environment Chromium starts with to see the machine's fonts, or none covering Arabic. */
function fontsEnv(fonts: 'system' | 'no-arabic'): Record<string, string> {
  return fonts === 'no-arabic' ? { FONTCONFIG_FILE: noArabicFontconfig() } : {};
}

const OBSERVE = () => {
  const store: { value: number; sources: string[] }[] = [];
  (window as unknown as { __shifts: typeof store }).__shifts = store;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    }[]) {
      if (entry.hadRecentInput) continue;
      const rect = (r: DOMRectReadOnly) =>
        `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
      const sources = (entry.sources ?? []).map((s) => {
        const node = s.node;
        const name = !node
          ? '?'
          : node instanceof Element
            ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('class') ? `.${node.getAttribute('class')?.split(' ')[0] ?? ''}` : ''}`
            : node.nodeName;
        return `${name} ${rect(s.previousRect)} -> ${rect(s.currentRect)} @${Math.round(performance.now())}ms`;
      });
      store.push({ value: entry.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** What `renderedFonts` adds to a family Chromium drew from a webfont, not from a font installed on the machine. */
const WEBFONT_MARK = ' (webfont)';

/** The site's webfont as Chromium reports it (the Arabic face's internal family name): a machine may have Noto
 *  Naskh Arabic installed too (Debian's fonts-noto-core), which must not count as the webfont. */
export const WEBFONT = `${familyName({ edition: 'web', script: 'arabic' })}${WEBFONT_MARK}`;

/** Below this the layout-shift sum counts as none (the issue's threshold). */
export const NONE = 0.001;

/** The two font situations: the machine's fonts, and a machine with no Arabic font at all. */
export const FONTS = ['system', 'no-arabic'] as const;
export type Fonts = (typeof FONTS)[number];

export const describeShift = (r: ShiftResult): string =>
  `${r.shift.toFixed(4)} from ${JSON.stringify(r.entries)} (drawn in ${r.renderedFonts.join(', ')})`;

/** Which fonts Chromium used for the first paragraph of text (CDP's platform fonts for the node). */
async function renderedFonts(cdp: CDPSession): Promise<string[]> {
  // The root alone: querySelector finds the node from there, without the whole tree sent over.
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  for (const selector of ['main h1', 'h1', 'main p']) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) continue;
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts
      .filter((f) => f.glyphCount > 0)
      .map((f) => (f.isCustomFont ? `${f.familyName}${WEBFONT_MARK}` : f.familyName));
  }
  return [];
}

/**
 * One browser tab at one screen, the front tab of a window of its own, reused from visit to visit: a new profile and
 * page for every visit costs Chromium a new renderer process, about half of what a measured visit costs. Each visit is
 * a navigation of the tab to the page measured; OBSERVE starts again with each document.
 */
interface Tab {
  page: Page;
  cdp: CDPSession;
  /** Font responses wait for this; a late visit replaces it with a pending switch and releases it after paint. */
  fontGate: Promise<void>;
}

/** A tab in `context`, in a window of its own (support/window.ts: drawn as the page a reader looks at is), at the
 *  scenario's screen (its width, 800 px tall, its colour scheme), its cache disabled; `timing: 'late'` routes its font
 *  requests through the tab's gate. */
async function openTab(context: BrowserContext, { width, colorScheme }: Scenario, timing: FontTiming): Promise<Tab> {
  const page = await atScreen(await newWindow(context), { viewport: { width, height: 800 }, colorScheme });
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  // DevTools' "Disable cache": every navigation fetches the page, its styles and its fonts afresh (the memory cache
  // too), as a first visit does; a service worker, when there is one, still answers.
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const tab: Tab = { page, cdp, fontGate: Promise.resolve() };
  if (timing === 'late')
    await page.route(/\.woff2(\?|$)/, async (route) => {
      await tab.fontGate;
      await route.continue();
    });
  return tab;
}

/** Navigate `tab` to `url` and report the page's layout shift; `timing: 'late'` holds fonts past first paint. */
async function measureLoad(tab: Tab, url: string, timing: FontTiming, { ready }: Pick<Scenario, 'ready'>) {
  const { page, cdp } = tab;
  let release = (): void => {};
  if (timing === 'late') tab.fontGate = new Promise<void>((resolve) => (release = resolve));
  try {
    await page.goto(url, { waitUntil: 'commit' });
    if (timing === 'late') {
      // Told by the browser when it paints, not polled on every frame.
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            setTimeout(() => reject(new Error('no first contentful paint in 30 s')), 30_000);
            new PerformanceObserver((list, observer) => {
              if (!list.getEntriesByName('first-contentful-paint').length) return;
              observer.disconnect();
              resolve();
            }).observe({ type: 'paint', buffered: true });
          }),
      );
      release();
    }
    if (ready) await page.locator(ready).first().waitFor();
    await drawn(page);
    const fonts = await renderedFonts(cdp);
    const { entries, fontTransfers } = await page.evaluate(() => ({
      entries: (window as unknown as { __shifts: ShiftEntry[] }).__shifts,
      // A font read from the browser's cache has no transfer: proof, or not, that this visit fetched its fonts.
      fontTransfers: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.name.includes('.woff2'))
        .map((r) => r.transferSize),
    }));
    return { shift: entries.reduce((sum, e) => sum + e.value, 0), entries, renderedFonts: fonts, fontTransfers };
  } finally {
    release();
    tab.fontGate = Promise.resolve();
  }
}

export interface Scenario {
  path: string;
  width: number;
  colorScheme: 'light' | 'dark';
  /** A selector that exists once the page has drawn what it loads (search results, say). */
  ready?: string | undefined;
}

/** Every built page of `dist`, and the search page answering a query as a shared link opens it, each at phone and
 *  desktop width, light and dark: `[path, [width, scheme, scenario][]]`, for `describe.each` and `it.each`. */
export function scenarios(dist: string): [string, [number, 'light' | 'dark', Scenario][]][] {
  const paths = [...listPages(dist).map(pagePath), `search/?q=${encodeURIComponent('أستانا')}`];
  return paths.map((path) => {
    // The search page answering a query has loaded when its results are drawn.
    const ready = path.includes('?q=') ? '[data-search-page] .search-result-link' : undefined;
    const cases = ([375, 1280] as const).flatMap((width) =>
      (['light', 'dark'] as const).map(
        (colorScheme) =>
          [width, colorScheme, { path, width, colorScheme, ready }] as [number, 'light' | 'dark', Scenario],
      ),
    );
    return [path, cases];
  });
}

/** One tab (and window) per screen and font timing, opened on first use and closed with the file's profiles. */
function tabs(open: (scenario: Scenario, timing: FontTiming) => Promise<Tab>) {
  const opened = new Map<string, Promise<Tab>>();
  return (scenario: Scenario, timing: FontTiming = 'on-time'): Promise<Tab> => {
    const key = `${scenario.width} ${scenario.colorScheme} ${timing}`;
    if (!opened.has(key)) opened.set(key, open(scenario, timing));
    return opened.get(key)!;
  };
}

/**
 * First visits in one browser: one profile with the service worker blocked (the page registers it only after load and
 * shows nothing on a first install, so the measure is the same) and a window per screen and font timing, its cache
 * disabled, so every visit meets an empty cache as a new profile would. Each result says which fonts, if any, came
 * from a cache. One profile, not one a screen: Chromium starts a new renderer process for nearly every visit when
 * they alternate between profiles (about a third of what a visit costs), and reuses the tab's when they share one.
 */
export function firstVisitors(browser: () => Browser, baseUrl: () => string) {
  let profile: Promise<BrowserContext> | undefined;
  const tab = tabs(async (scenario, timing) =>
    openTab(await (profile ??= browser().newContext({ serviceWorkers: 'block' })), scenario, timing),
  );
  /** A first visit of the scenario's page, its fonts on time or held back until the page has painted. */
  return async (scenario: Scenario, timing: FontTiming): Promise<ShiftResult> =>
    measureLoad(await tab(scenario, timing), baseUrl() + scenario.path, timing, scenario);
}

/**
 * The returning reader of one browser: one profile whose service worker (web build) has installed and holds the
 * site, as it does once a reader has been there, with a window per screen (its viewport and colour scheme set on its
 * tab). The tabs' cache is disabled too, so that the webfont of a repeat visit comes from the worker, not from the
 * memory cache of the page before.
 */
export function returningReaders(browser: () => Browser, baseUrl: () => string) {
  let profile: Promise<BrowserContext> | undefined;
  const installed = () =>
    (profile ??= (async () => {
      const context = await browser().newContext({ serviceWorkers: 'allow' });
      const page = await context.newPage();
      await page.goto(baseUrl());
      // Awaited to the end (no time limit of its own: on a loaded machine the install takes longer, and a repeat
      // visit before it would fetch the font again and measure something else).
      await page.evaluate(() => navigator.serviceWorker?.ready.then(() => true) ?? false);
      await page.close();
      return context;
    })());
  const tab = tabs(async (scenario) => openTab(await installed(), scenario, 'on-time'));
  /** A repeat visit of the scenario's page by the returning reader, in its tab for the scenario's screen. */
  return async (scenario: Scenario): Promise<ShiftResult> =>
    measureLoad(await tab(scenario), baseUrl() + scenario.path, 'on-time', scenario);
}

/**
 * The file's server of the root build (gzipped, with the build's `_headers`, as a CDN would send them) and one
 * Chromium per font situation, the worker's shared one of that environment (support/site-session.ts): the machine's
 * fonts, and none covering Arabic. Returns one `visitor` (firstVisitors, returningReaders) per situation, made from
 * its browser and the server's URL.
 */
export function useFontSituations<Visitor>(
  visitor: (browser: () => Browser, baseUrl: () => string) => Visitor,
): Record<Fonts, Visitor> {
  const site = useSiteSession({ gzip: true, headersFile: true, browserEnv: fontsEnv('system') });
  const browsers = { system: site, 'no-arabic': useBrowser(fontsEnv('no-arabic')) };
  return Object.fromEntries(
    FONTS.map((fonts) => [
      fonts,
      visitor(
        () => browsers[fonts].browser,
        () => site.server.url,
      ),
    ]),
  ) as Record<Fonts, Visitor>;
}
