// Pagefind's Component UI stylesheet, cut down to what the site shows and themed in the site's tokens. As
// shipped it styles every component (search box, filters, dropdowns, the modal's trigger) in 7 KiB gzip,
// all fetched with the first search; the site renders only the modal, input, summary, results and hints.
import { transform } from 'lightningcss';
import postcss, { type Rule } from 'postcss';

/** Component UI parts the site never renders, as they appear in class and element names. */
export const UNUSED_PARTS = ['searchbox', 'filter', 'dropdown', 'trigger', 'checkbox', 'config'] as const;

/** Whether a selector styles only something the site never renders, or Pagefind's own dark theme. */
export function isUnusedSelector(selector: string, parts: readonly string[] = UNUSED_PARTS): boolean {
  const names = parts.join('|');
  return (
    new RegExp(`\\.pf-(?:${names})\\b|\\bpagefind-(?:modal-)?(?:${names})\\b`).test(selector) ||
    // The site's tokens already switch light and dark (site.css below).
    selector.includes('[data-pf-theme')
  );
}

/**
 * The stylesheet without rules for unused parts (a rule shared with a used part keeps that part's
 * selectors), without the custom properties only those parts read, with `site` appended, minified (it
 * ships unminified).
 */
export function trimComponentCss(css: string, site = '', parts: readonly string[] = UNUSED_PARTS): string {
  const root = postcss.parse(css);
  const unusedProperty = new RegExp(`^--pf-(?:${parts.join('|')})\\b`);
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
    const kept = rule.selectors.filter((s) => !isUnusedSelector(s, parts));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkDecls((decl) => {
    if (unusedProperty.test(decl.prop)) decl.remove();
  });
  // Media queries and other at-rules emptied by the cut go too.
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  const all = Buffer.from(`${root.toString()}\n${site}`);
  return transform({ filename: 'pagefind-component-ui.css', code: all, minify: true }).code.toString();
}
