// The search dialog, run on the first use of the header's control (start.ts): a native modal <dialog>
// (focus kept inside, Esc closes, the page behind inert) with the site's search in it. Opens on each later
// click of the control (the shortcuts click it too); gives focus back to the control when it closes.
import { searchUi } from '../../i18n/ui.ts';
import { connectSearch } from './controller.ts';
import { search } from './engine.ts';

/** The dialog's markup: fixed strings only; results are added as elements (view.ts). */
function dialogHtml(): string {
  const hints = searchUi.hints.map(([key, what]) => `<span><kbd dir="ltr">${key}</kbd> ${what}</span>`).join('');
  return `<div class="search-panel">
<form class="search-form" role="search"><input class="search-input" type="search" name="q" aria-label="${searchUi.label}" placeholder="${searchUi.label}" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-controls="search-dialog-results"><button class="search-button search-close" type="button">${searchUi.close}</button></form>
<div class="search-body"><p class="search-summary" role="status"></p><ol class="search-results" id="search-dialog-results" aria-label="${searchUi.results}" data-testid="search-results"></ol></div>
<p class="search-hints">${hints}</p>
</div>`;
}

function createDialog(trigger: HTMLAnchorElement): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-label', searchUi.dialog);
  dialog.dataset.testid = 'search-dialog';
  dialog.innerHTML = dialogHtml();
  const q = (selector: string): HTMLElement => dialog.querySelector(selector) as HTMLElement;
  const form = dialog.querySelector('form') as HTMLFormElement;
  // The magnifier is the header control's own (components/SearchIcon.astro), not a second copy here.
  const icon = trigger.querySelector('svg')?.cloneNode(true);
  if (icon) form.prepend(icon);
  connectSearch(
    {
      root: dialog,
      form,
      input: dialog.querySelector('input') as HTMLInputElement,
      summary: q('.search-summary'),
      list: q('ol'),
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
  if (dialog.open) return;
  dialog.showModal();
  const input = dialog.querySelector('input');
  input?.focus();
  input?.select();
}

const trigger = document.querySelector<HTMLAnchorElement>('a[data-site-search]');
if (trigger) {
  trigger.addEventListener('click', () => open(trigger));
  open(trigger);
}
