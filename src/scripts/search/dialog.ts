// The search dialog, run on the first use of the header's control (start.ts owns the control and asks for
// the dialog with OPEN_DIALOG): a native modal <dialog> (focus kept inside, Esc closes, the page behind inert)
// with the site's search in it, made from the template in components/Search.astro. Gives focus back to the
// control when it closes.
import { connectSearch } from './controller.ts';
import { search } from './engine.ts';

function createDialog(trigger: HTMLAnchorElement): HTMLDialogElement | undefined {
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
  const dialog = template?.content.querySelector('dialog')?.cloneNode(true);
  if (!(dialog instanceof HTMLDialogElement)) return undefined;
  const q = (selector: string): HTMLElement => dialog.querySelector(selector) as HTMLElement;
  connectSearch(
    {
      root: dialog,
      form: dialog.querySelector('form') as HTMLFormElement,
      input: dialog.querySelector('input') as HTMLInputElement,
      summary: q('.search-summary'),
      list: q('ol'),
      searchPage: trigger.href,
    },
    search,
  );
  q('.search-close').addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes it, as on the best documentation sites.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => trigger.focus());
  document.body.append(dialog);
  return dialog;
}

let dialog: HTMLDialogElement | undefined;

function open(trigger: HTMLAnchorElement): void {
  dialog ??= createDialog(trigger);
  trigger.removeAttribute('aria-busy');
  if (!dialog || dialog.open) return;
  dialog.showModal();
  const input = dialog.querySelector('input');
  input?.focus();
  input?.select();
}

/** start.ts's OPEN_DIALOG (tests/unit/search-shortcut.test.ts holds the two the same). */
const OPEN_DIALOG = 'site-search:open';

const trigger = document.querySelector<HTMLAnchorElement>('a[data-site-search]');
if (trigger) {
  trigger.addEventListener(OPEN_DIALOG, () => open(trigger));
  open(trigger);
}
