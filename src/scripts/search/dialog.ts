// The header's search control: opens Pagefind's search dialog on click, Ctrl/⌘+K or "/", loading the
// search the first time; without JavaScript the control is a plain link to the search page.
// The loader is a separate chunk (dynamic import) so no page downloads any of the search up front.

interface ModalElement extends HTMLElement {
  open(): void;
  isOpen: boolean;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Wire a trigger (an element with data-bundle) to the dialog and the keyboard shortcuts. */
export function setupSearchDialog(trigger: HTMLElement): void {
  const bundle = trigger.dataset.bundle ?? '/pagefind/';
  const open = async (): Promise<void> => {
    trigger.setAttribute('aria-busy', 'true');
    const { loadSearch } = await import('./load.ts');
    await loadSearch(bundle);
    trigger.removeAttribute('aria-busy');
    let modal = document.querySelector<ModalElement>('pagefind-modal');
    if (!modal) {
      modal = document.createElement('pagefind-modal') as ModalElement;
      modal.setAttribute('data-testid', 'search-dialog');
      document.body.append(modal);
      modal.querySelector('dialog')?.addEventListener('close', () => trigger.focus());
    }
    if (!modal.isOpen) modal.open();
  };
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    void open();
  });
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!shortcut && !slash) return;
    event.preventDefault();
    void open();
  });
}
