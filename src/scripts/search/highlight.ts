// Run on a page opened from a search result, after Pagefind's highlight script (start.ts runs both): marks
// the searched words (the site styles the marks) and brings the paragraph into view.
// For window.PagefindHighlight's type.
import type {} from './types.ts';

if (window.PagefindHighlight) {
  new window.PagefindHighlight({
    // The site styles the marks (no inline <style>, which a strict CSP would refuse).
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
    },
  });
}
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
target?.scrollIntoView({ block: 'start' });
