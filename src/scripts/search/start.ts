// Starts the search on every page, fetching its code only when used: the header's control (a click, Ctrl/⌘+K
// or "/" opens the dialog, dialog.ts) and the words to highlight on a page opened from a result (Pagefind's
// `pagefind-highlight` parameter, highlight.ts, after Pagefind's own script from the bundle folder the
// control names in data-bundle).
import { runModules } from '../run-module.ts';
import dialogUrl from './dialog.ts?lazy';
import highlightUrl from './highlight.ts?lazy';

/** Whether a key press goes into a field (where "/" is typed, not a shortcut). */
const isTyping = (target: Partial<HTMLElement>): boolean =>
  !!target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName ?? '');

/**
 * Wire the control (a link to the search page) to the dialog and the shortcuts. The dialog code answers
 * the control's clicks itself once it has run (the shortcuts click the control); until then, and if it
 * cannot be fetched, the control does what it does without JavaScript: it opens the search page.
 */
export function startSearch(trigger: HTMLAnchorElement): void {
  const bundle = trigger.dataset.bundle;
  let started: Promise<unknown> | undefined;
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    trigger.ariaBusy = 'true';
    started ??= runModules(dialogUrl).catch(() => location.assign(trigger.href));
  });
  document.addEventListener('keydown', (event) => {
    const key = event.key.toLowerCase();
    if (
      event.altKey ||
      (event.ctrlKey || event.metaKey ? key !== 'k' : key !== '/' || isTyping(event.target as Partial<HTMLElement>))
    )
      return;
    event.preventDefault();
    trigger.click();
  });
  if (location.search.includes('pagefind-highlight=')) void runModules(`${bundle}pagefind-highlight.js`, highlightUrl);
}
