// Right to left done properly: logical properties only, in the built CSS and in the source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';
import { ROOT } from '../../src/tools/root.ts';
import { listFiles } from '../../src/lib/files.ts';

const withExt = (dir: string, ext: string): string[] => listFiles(dir).filter((f) => f.endsWith(ext));

const PHYSICAL_CSS = /(?:^|[;{\s])(?:margin|padding|border)-(?:left|right)\b|(?:^|[;{\s])(?:left|right)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)|clear\s*:\s*(?:left|right)/;
const PHYSICAL_CLASS =
  /^(?:(?:m[lr]|p[lr]|left|right|border-[lr]|rounded-[lr]|rounded-(?:tl|tr|bl|br)|scroll-[mp][lr])(?:-|$)|(?:text|float|clear)-(?:left|right)$)/;

/** Tailwind class tokens with their variants (lg:, hover:) and negative sign taken off. */
const tokens = (list: string) => list.split(/\s+/).map((t) => t.replace(/^.*:/, '').replace(/^-/, ''));

describe('CSS direction', () => {
  it('the built CSS uses no physical left/right properties', () => {
    // Every stylesheet is the site's own: the search UI too (styles/search.css).
    const files = withExt(DIST, '.css');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const css = readFileSync(join(DIST, file), 'utf8');
      expect(css.match(PHYSICAL_CSS)?.[0], file).toBeUndefined();
    }
  });

  it('the source uses no physical Tailwind classes or properties', () => {
    for (const file of [...withExt(join(ROOT, 'src'), '.astro'), ...withExt(join(ROOT, 'src'), '.css')]) {
      const text = readFileSync(join(ROOT, 'src', file), 'utf8');
      if (file.endsWith('.css')) expect(text.match(PHYSICAL_CSS)?.[0], file).toBeUndefined();
      for (const attr of text.matchAll(/class(?::list)?=["'{]([^"'}]*)/g)) {
        expect(tokens(attr[1] ?? '').filter((t) => PHYSICAL_CLASS.test(t)), `${file}: ${attr[1]}`).toEqual([]);
      }
    }
  });
});
