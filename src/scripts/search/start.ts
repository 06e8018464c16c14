// Starts the search on every page, fetching its code only when used: the header's control (a click, Ctrl/⌘+K
// or "/" opens the dialog, dialog.ts) and the words to highlight on a page opened from a result (Pagefind's
// `pagefind-highlight` parameter, highlight.ts, after Pagefind's own script from the bundle folder the
// control names in data-bundle).
import { runModules } from '../run-module.ts';
import dialogUrl from './dialog.ts?lazy';
import highlightUrl from './highlight.ts?lazy';
import { isSearchShortcut } from './shortcut.ts';

/** Sent to the control to open the dialog again once its code has run (dialog.ts listens for it); a string
 *  in both, since a module the two shared would be one more file on every page. */
export const OPEN_DIALOG = 'site-search:open';

/**
 * Wire the control (a link to the search page) to the dialog and the shortcuts: this click handler is the
 * control's one owner (the shortcuts click the control). It opens the dialog (fetching its code the first
 * time), or on the search page focuses the page's box; if the code cannot be fetched, the control does what
 * it does without JavaScript: it opens the search page.
 */
export function startSearch(trigger: HTMLAnchorElement): void {
  const bundle = trigger.dataset.bundle;
  let started: Promise<unknown> | undefined;
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    // On the search page the control goes to the page's own box, not a dialog.
    const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input');
    if (pageBox) {
      pageBox.focus();
      pageBox.select();
      return;
    }
    if (started) {
      void started.then(() => trigger.dispatchEvent(new Event(OPEN_DIALOG)));
      return;
    }
    trigger.ariaBusy = 'true';
    // The dialog's code opens the dialog when it first runs.
    started = runModules(dialogUrl).catch(() => location.assign(trigger.href));
  });
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    trigger.click();
  });
  if (location.search.includes('pagefind-highlight=')) void runModules(`${bundle}pagefind-highlight.js`, highlightUrl);
}
