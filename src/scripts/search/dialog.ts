// The search dialog, run on the first use of the header's control (start.ts): loads the search and opens
// Pagefind's modal, then opens it on each later click of the control (the shortcuts click it too), and gives
// focus back to the control when it closes.
import { loadSearch } from './load.ts';

interface ModalElement extends HTMLElement {
  open(): void;
  isOpen: boolean;
}

async function open(trigger: HTMLElement): Promise<void> {
  await loadSearch(trigger.dataset.bundle ?? '/pagefind/');
  trigger.removeAttribute('aria-busy');
  let modal = document.querySelector<ModalElement>('pagefind-modal');
  if (!modal) {
    modal = document.createElement('pagefind-modal') as ModalElement;
    modal.setAttribute('data-testid', 'search-dialog');
    document.body.append(modal);
    modal.querySelector('dialog')?.addEventListener('close', () => trigger.focus());
  }
  if (!modal.isOpen) modal.open();
}

const trigger = document.querySelector<HTMLElement>('[data-site-search]');
if (trigger) {
  trigger.addEventListener('click', () => void open(trigger));
  void open(trigger);
}
