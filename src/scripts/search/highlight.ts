// On a page opened from a search result, marks the searched words with Pagefind's highlight script,
// which is fetched only when the URL asks for it.
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

interface HighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

/** Highlight the words named in the URL, if any; the bundle path comes from the page. */
export async function highlightFromUrl(bundle: string): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)) as HighlightModule;
  new module.default({
    highlightParam: HIGHLIGHT_PARAM,
    // The site styles the marks (no inline <style>, which a strict CSP would refuse).
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
    },
  });
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target?.scrollIntoView({ block: 'start' });
}
