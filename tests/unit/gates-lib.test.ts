// The pure parts of the quality gates: title direction checks, reference resolution, byte counting.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTitles, titleProblems } from '../support/gates/bidi-titles.ts';
import { fileForPath } from '../../src/lib/files.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { servedBytes } from '../../src/lib/offline/served-bytes.ts';
import { checkReferences, cssUrls } from '../support/gates/links.ts';
import { kindOf } from '../support/measure/resources.ts';

describe('titleProblems', () => {
  it('accepts the site’s Arabic titles, Latin runs included', () => {
    expect(titleProblems('قمة مؤتمر التفاعل وإجراءات بناء الثقة في آسيا (CICA) | أردوغان في كازاخستان')).toEqual([]);
    expect(titleProblems('لقاء أردوغان – بوتين')).toEqual([]);
  });

  it('flags a title that a first-strong layout would set left to right', () => {
    expect(titleProblems('CICA: قمة أستانا')[0]).toMatch(/left to right/);
    expect(titleProblems('2022 قمة').length).toBe(0);
  });

  it('flags Latin punctuation between Arabic words, spaces before punctuation, unbalanced pairs', () => {
    expect(titleProblems('تركيا, كازاخستان').join()).toMatch(/Latin , ; or \?/);
    expect(titleProblems('ماذا بعد ؟').join()).toMatch(/space before/);
    expect(titleProblems('قمة (CICA').join()).toMatch(/unbalanced \(\)/);
    expect(titleProblems('«قمة').join()).toMatch(/unbalanced «»/);
  });

  it('flags unbalanced bidi controls and mixed digits', () => {
    expect(titleProblems('قمة \u2067CICA').join()).toMatch(/bidi control/);
    expect(titleProblems('قمة \u2067CICA\u2069')).toEqual([]);
    expect(titleProblems('عام 19٩٢').join()).toMatch(/digits/);
  });
});

describe('pageTitles', () => {
  it('reads <title>, og:title, h1 (without markup) and JSON-LD headlines', () => {
    const html =
      '<title>أ &amp; ب</title><meta property="og:title" content="ج"><h1 class="x">د <span lang="en">CICA</span></h1>' +
      '<script type="application/ld+json">{"headline":"هـ \\"و\\""}</script>';
    expect(pageTitles(html)).toEqual([
      { where: 'title', text: 'أ & ب' },
      { where: 'og:title', text: 'ج' },
      { where: 'h1', text: 'د CICA' },
      { where: 'JSON-LD headline', text: 'هـ "و"' },
    ]);
  });
});

describe('checkReferences', () => {
  const dist = mkdtempSync(join(tmpdir(), 'gates-'));
  mkdirSync(join(dist, 'cica'));
  writeFileSync(join(dist, 'index.html'), '');
  writeFileSync(join(dist, 'cica/index.html'), '');
  writeFileSync(join(dist, 'a.css'), '');
  const base = 'http://127.0.0.1:1/';
  const ids = new Map([
    ['index.html', new Set<string>()],
    ['cica/index.html', new Set(['p-1'])],
  ]);
  const ref = (url: string) => ({ from: 'index.html', via: 'a[href]', url });

  it('resolves pages, directories, assets and fragments', () => {
    const refs = ['', 'cica/', 'cica', 'cica/#p-1', 'a.css', '#top'].map((p) => ref(base + p));
    expect(checkReferences(dist, refs, ids, [base])).toEqual([]);
  });

  it('reports missing files and missing ids, and ignores other origins', () => {
    const problems = checkReferences(
      dist,
      [ref(`${base}syria/`), ref(`${base}cica/#p-2`), ref('https://example.com/x'), ref('mailto:a@b.c')],
      ids,
      [base],
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/syria\/ names no file/);
    expect(problems[1]).toMatch(/no id "p-2" in cica\/index.html/);
  });

  it('maps page files to paths and back', () => {
    expect(pagePath('index.html')).toBe('');
    expect(pagePath('cica/index.html')).toBe('cica/');
    expect(pagePath('404.html')).toBe('404.html');
    expect(fileForPath(dist, '/cica/')).toBe('cica/index.html');
    expect(fileForPath(dist, 'cica')).toBe('cica/index.html');
    expect(fileForPath(dist, '')).toBe('index.html');
    expect(fileForPath(dist, 'nope/')).toBeUndefined();
  });
});

describe('cssUrls', () => {
  it('finds url() references, quoted or not, and skips data: and #', () => {
    expect(cssUrls(`a{src:url(/_astro/a.woff2) format('woff2'),url("b.png"),url('data:x'),url(#f)}`)).toEqual([
      '/_astro/a.woff2',
      'b.png',
    ]);
  });
});

describe('servedBytes and kindOf', () => {
  it('counts gzip bytes, or the raw bytes when gzip does not help', () => {
    expect(servedBytes('a'.repeat(10_000))).toBeLessThan(100);
    expect(servedBytes('ab')).toBe(2);
  });

  it('sorts fetched paths into kinds', () => {
    expect(kindOf('')).toBe('html');
    expect(kindOf('cica/')).toBe('html');
    expect(kindOf('_astro/x.css')).toBe('css');
    expect(kindOf('_astro/x.woff2')).toBe('font');
    expect(kindOf('pagefind/pagefind.js')).toBe('search');
    expect(kindOf('favicon.svg')).toBe('image');
  });
});
