import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseThemeColors, themeColor } from '../../src/lib/theme-colors.ts';
import { ROOT } from '../../src/tools/root.ts';
import { countWords, readingMinutes } from '../../src/lib/chapters/reading-time.ts';
import { formatNumber } from '../../src/i18n/numbers.ts';
import { ui } from '../../src/i18n/ui.ts';
import { navWindow, neighbours, sortChapters } from '../../src/lib/chapters/order.ts';
import { buildToc } from '../../src/lib/chapters/toc.ts';
import { absoluteUrl, chapterPath, pageFile, pagePath, withBase } from '../../src/lib/urls.ts';
import { normaliseBase, normaliseSiteUrl } from '../../src/site.ts';
import { splitLatinRuns } from '../../src/lib/text/bidi.ts';
import { baseCharacters, glyphText } from '../../src/lib/fonts/glyphs.ts';

describe('readingMinutes', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('قال ، إن 11 رئيس دولة .')).toBe(5);
  });
  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(Array(420).fill('كلمة').join(' '))).toBe(3);
  });
});

describe('formatMinutes', () => {
  it('agrees the noun with the number, in Arabic-Indic digits', () => {
    expect(ui.minutes(1)).toBe('دقيقة واحدة');
    expect(ui.minutes(2)).toBe('دقيقتان');
    expect(ui.minutes(3)).toBe('٣ دقائق');
    expect(ui.minutes(10)).toBe('١٠ دقائق');
    expect(ui.minutes(11)).toBe('١١ دقيقة');
    expect(ui.minutes(103)).toBe('١٠٣ دقائق');
  });
  it('formats numbers with Arabic-Indic digits', () => {
    expect(formatNumber(1992)).toBe('١٩٩٢');
  });
});

describe('sortChapters and neighbours', () => {
  const chapters = [
    { id: 'syria', data: { order: 4 } },
    { id: 'cica', data: { order: 2 } },
    { id: 'bilateral-ties', data: { order: 1 } },
    { id: 'ukraine-mediation', data: { order: 3 } },
  ];
  it('sorts by order', () => {
    expect(sortChapters(chapters).map((c) => c.id)).toEqual(['bilateral-ties', 'cica', 'ukraine-mediation', 'syria']);
  });
  it('finds previous and next, none at the ends', () => {
    expect(neighbours(chapters, 'bilateral-ties')).toEqual({ prev: undefined, next: chapters[1] });
    expect(neighbours(chapters, 'cica').prev?.id).toBe('bilateral-ties');
    expect(neighbours(chapters, 'syria')).toEqual({ prev: chapters[3], next: undefined });
  });
  it('throws for an unknown chapter', () => {
    expect(() => neighbours(chapters, 'nope')).toThrow(/nope/);
  });
});

describe('buildToc', () => {
  it('nests h3 under h2 and leaves out h1 and h4', () => {
    const toc = buildToc([
      { depth: 1, slug: 't', text: 'T' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'x', text: 'X' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
  it('is empty for a chapter without subheadings', () => {
    expect(buildToc([])).toEqual([]);
  });
});

describe('URLs under a base path', () => {
  it('normalises the base path', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('microsite')).toBe('/microsite/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
    expect(normaliseBase('//')).toBe('/');
  });
  it('reduces the site URL to its origin', () => {
    expect(normaliseSiteUrl('https://example.org/x/')).toBe('https://example.org');
    expect(normaliseSiteUrl('')).toBeUndefined();
  });
  it('builds page paths and absolute URLs', () => {
    expect(withBase('', '/m/')).toBe('/m/');
    expect(withBase('/search/', '/m/')).toBe('/m/search/');
    expect(chapterPath('cica', '/m/')).toBe('/m/cica/');
    expect(absoluteUrl('/m/cica/', 'https://example.org')).toBe('https://example.org/m/cica/');
    expect(absoluteUrl('/m/cica/', undefined)).toBeUndefined();
  });
});

describe('pagePath and pageFile', () => {
  it('map a built page file to the path it is served at, and back', () => {
    expect(pagePath('index.html')).toBe('');
    expect(pagePath('cica/index.html')).toBe('cica/');
    expect(pagePath('404.html')).toBe('404.html');
    expect(pagePath('pagefind/pagefind.js')).toBe('pagefind/pagefind.js');
    for (const file of ['index.html', 'cica/index.html', 'a/b/index.html', '404.html', 'sw.js'])
      expect(pageFile(pagePath(file))).toBe(file);
  });
});

describe('splitLatinRuns', () => {
  it('isolates Latin words and keeps every character', () => {
    const text = 'مؤتمر (CICA) الذي سيعقد في 12-13 أكتوبر';
    const runs = splitLatinRuns(text);
    expect(runs.filter((r) => r.latin).map((r) => r.text)).toEqual(['CICA']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
});

describe('glyphText', () => {
  it('covers the basic Arabic letters, digits and the texts given, once each', () => {
    const text = glyphText(['ابج CICA']);
    for (const ch of 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي٠١٢٣٤٥٦٧٨٩۱۲ًٌٍَُِّْـیک') expect(text).toContain(ch);
    expect(new Set(text).size).toBe(Array.from(text).length);
    expect(baseCharacters()).toContain('A');
  });
});

describe('navWindow', () => {
  const many = Array.from({ length: 100 }, (_, i) => ({ id: `c${i}` }));
  const ids = (w: { shown: { id: string }[] }) => w.shown.map((c) => c.id);

  it('shows every chapter when there are few', () => {
    expect(navWindow(many.slice(0, 4), 'c2')).toEqual({ shown: many.slice(0, 4), hidden: 0 });
  });

  it('shows a fixed number around the current chapter when there are many, so every page stays the same size', () => {
    const middle = navWindow(many, 'c50', 25);
    expect(middle.shown).toHaveLength(25);
    expect(ids(middle)[0]).toBe('c38');
    expect(ids(middle)).toContain('c50');
    expect(middle.hidden).toBe(75);
  });

  it('stays inside the list at either end, and starts at the first chapter on pages that are no chapter', () => {
    expect(ids(navWindow(many, 'c1', 25))[0]).toBe('c0');
    expect(ids(navWindow(many, 'c99', 25)).at(-1)).toBe('c99');
    expect(ids(navWindow(many, 'c99', 25))).toHaveLength(25);
    expect(ids(navWindow(many, undefined, 25))[0]).toBe('c0');
  });
});

describe('parseThemeColors', () => {
  it('reads every light-dark token of the stylesheet, the one place the colours are written', () => {
    const colors = parseThemeColors(readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8'));
    expect(themeColor(colors, 'bg')).toEqual({ light: '#fbfaf7', dark: '#14171a' });
    expect(themeColor(colors, 'accent').light).toMatch(/^#[0-9a-f]{6}$/);
    expect(() => themeColor(colors, 'nope')).toThrow(/--site-nope/);
  });
});
