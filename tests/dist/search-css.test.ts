// The search's stylesheet as built into dist-test/root: Pagefind's Component UI stylesheet cut to the parts
// the site renders, in the site's tokens (lib/search/component-css.ts, styles/search-ui.css).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { isUnusedSelector } from '../../src/lib/search/component-css.ts';
import { DIST } from '../support/paths.ts';

const css = readFileSync(join(DIST, 'pagefind/pagefind-component-ui.css'), 'utf8');
const selectors: string[] = [];
postcss.parse(css).walkRules((rule) => {
  if (!/keyframes$/.test((rule.parent as { name?: string }).name ?? '')) selectors.push(...rule.selectors);
});

describe("the search's stylesheet", () => {
  it('styles no part the site never renders', () => {
    expect(selectors.filter((s) => isUnusedSelector(s))).toEqual([]);
  });

  it('still styles every part the site renders', () => {
    for (const part of ['pagefind-modal', 'pagefind-input', 'pagefind-summary', 'pagefind-results', 'pagefind-keyboard-hints'])
      expect(selectors.some((s) => s.includes(part)), part).toBe(true);
    for (const part of ['.pf-modal', '.pf-input', '.pf-result', '.pf-heading', '.pf-skeleton', '.pf-keyboard'])
      expect(selectors.some((s) => s.includes(part)), part).toBe(true);
  });

  it("ends with the site's theme, so its tokens win", () => {
    expect(css).toMatch(/--pf-text:var\(--site-fg\)/);
    expect(css.lastIndexOf('--site-mark')).toBeGreaterThan(css.lastIndexOf('--pf-text:#'));
  });
});
