// <site-search>, the search's one owner (components/Search.astro in the header, pages/search.astro around the
// search page's form): open() shows the dialog made from the element's template, or on the search page focuses
// the page's own box; in the page, the element runs ?q= on load and keeps the URL in step with the box. Its
// code is fetched on first use: until then boot's start.ts hears the control and calls open() once it is here.
import { connectSearch, searchParts } from './controller.ts';
import { search } from './engine.ts';
import { queryFromUrl, urlWithQuery } from './query-url.ts';
import { nextTask } from '../next-task.ts';

export class SiteSearch extends HTMLElement {
  #dialog: HTMLDialogElement | undefined;
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    if (this.hasAttribute('data-search-page')) this.#startPage();
  }

  /** Open the search: on the search page its own box, elsewhere the dialog (made on first use). */
  open(): void {
    const link = this.querySelector<HTMLAnchorElement>('a[data-site-search]');
    link?.removeAttribute('aria-busy');
    const box = document.querySelector<HTMLInputElement>('site-search[data-search-page] input');
    if (box) {
      box.focus();
      box.select();
      return;
    }
    if (link) this.#dialog ??= this.#createDialog(link);
    if (!this.#dialog || this.#dialog.open) return;
    this.#dialog.showModal();
    const input = this.#dialog.querySelector('input');
    input?.focus();
    input?.select();
  }

  /** A native modal <dialog> from the element's template: focus kept inside, the page behind inert; Esc, the
   *  close button and the backdrop close it, and focus goes back to the control. */
  #createDialog(link: HTMLAnchorElement): HTMLDialogElement | undefined {
    const dialog = this.querySelector('template')?.content.querySelector('dialog')?.cloneNode(true);
    if (!(dialog instanceof HTMLDialogElement)) return undefined;
    connectSearch(searchParts(dialog, link.href), search);
    dialog.querySelector('.search-close')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (outside the panel) closes it, as on the best documentation sites.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // Closed here, not left to the browser: WebKit's search box takes Esc to clear itself, and the dialog stayed.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      event.preventDefault();
      dialog.close();
    });
    dialog.addEventListener('close', () => link.focus());
    document.body.append(dialog);
    return dialog;
  }

  /** The search page: the form in the page's HTML made to search, starting with the URL's ?q=. */
  #startPage(): void {
    const parts = searchParts(this, location.pathname);
    const controller = connectSearch(parts, search, (term, count, literal) => {
      const next = urlWithQuery(location.href, term, literal);
      if (next !== location.href) history.replaceState(history.state, '', next);
      // For tests and the benchmark: how many results the list holds.
      this.dataset.searchCount = String(count);
    });
    const { input } = parts;
    // A query typed before this ran (or kept by the browser on back) wins over the URL's.
    const asked = queryFromUrl(location.href);
    if (!input.value) input.value = asked.query;
    // In a task after this one, which has loaded and run the search code.
    const query = input.value;
    const literal = asked.literal && query === asked.query;
    if (query) void nextTask().then(() => controller.run(query, literal));
    input.focus();
  }
}

// Guarded: in the dev server the control's lazy URL and the search page's import are two URLs of this module.
if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
