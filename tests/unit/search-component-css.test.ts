import { describe, expect, it } from 'vitest';
import { isUnusedSelector, trimComponentCss } from '../../src/lib/search/component-css.ts';

describe('isUnusedSelector', () => {
  it('finds the parts the site never renders, by class or element name', () => {
    for (const s of [
      ':is(*, #\\#) .pf-searchbox-input',
      '.pf-dropdown-option:hover',
      'pagefind-filter-pane',
      'pagefind-modal-trigger .pf-trigger-btn',
      'pagefind-config',
      "[data-pf-theme='dark'] .pf-result",
    ])
      expect(isUnusedSelector(s), s).toBe(true);
  });

  it('keeps the modal, the input, the results, the summary and the hints', () => {
    for (const s of [
      'pagefind-modal',
      'pagefind-modal-header',
      ':is(*, #\\#):is(*, #\\#) .pf-input',
      '.pf-result-title',
      'pagefind-keyboard-hints .pf-keyboard-key',
      '.pf-summary',
      ':root',
    ])
      expect(isUnusedSelector(s), s).toBe(false);
  });
});

describe('trimComponentCss', () => {
  const css = `
    :root { --pf-text: #111; --pf-dropdown-z-index: 9; --pf-searchbox-max-width: 4px; }
    [data-pf-theme='dark'] { --pf-text: #eee; }
    pagefind-modal, pagefind-searchbox, pagefind-input { all: initial; display: block; }
    .pf-searchbox-result { color: red; }
    @media (max-width: 640px) { .pf-dropdown-menu { inset: 0; } }
    @media (max-width: 640px) { .pf-modal { inset: 0; } }
    @keyframes pf-shimmer { from { opacity: 0 } to { opacity: 1 } }
    /* a comment */
  `;
  const out = trimComponentCss(css, ':root { --pf-text: var(--site-fg); }');

  it('drops what styles unused parts, and keeps the rest of a shared rule', () => {
    expect(out).not.toMatch(/searchbox|dropdown|data-pf-theme/);
    expect(out).toContain('pagefind-modal,pagefind-input{all:initial;display:block}');
    expect(out).toContain('@media (width<=640px){.pf-modal{inset:0}}');
    expect(out).toContain('@keyframes pf-shimmer');
  });

  it("appends the site's theme last, so it wins, and minifies", () => {
    expect(out.endsWith(':root{--pf-text:var(--site-fg)}')).toBe(true);
    expect(out).not.toMatch(/\n|comment/);
  });
});
