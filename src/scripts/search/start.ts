// Stands in for <site-search> on every page until its code is fetched on first use: a click on the header's
// control, Ctrl/⌘+K or "/" fetches site-search.ts, whose class takes the use (open()); and a page opened from
// a result (the `pagefind-highlight` parameter) runs highlight.ts, which marks the searched words whole.
import { runModules } from '../run-module.ts';
import elementUrl from './site-search.ts?lazy';
import highlightUrl from './highlight.ts?lazy';
import { isSearchShortcut } from './shortcut.ts';
import type { SiteSearch } from './site-search.ts';

/** The header's <site-search>: a plain element until its class has run, then one with open(). */
type Host = HTMLElement & Partial<Pick<SiteSearch, 'open'>>;

/**
 * Wire the control (a link to the search page) and the shortcuts to the element: this click handler is the
 * control's one listener (the shortcuts click the control). If the element's code cannot be fetched, the
 * control does what it does without JavaScript: it opens the search page.
 */
export function startSearch(host: Host): void {
  const link = host.querySelector('a') as HTMLAnchorElement;
  let loading: Promise<unknown> | undefined;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    if (host.open) return host.open();
    link.ariaBusy = 'true';
    loading ??= runModules(elementUrl).then(
      () => host.open?.(),
      () => location.assign(link.href),
    );
  });
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    link.click();
  });
  if (location.search.includes('pagefind-highlight=')) {
    void runModules(highlightUrl);
  }
}
