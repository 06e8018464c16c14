// @ts-check
// The disk edition's one script (classic, so it runs from file://). On disk, the search control explains in
// Arabic why search is unavailable and how to read with it; served over http(s), the parked module scripts
// start as usual. It knows the search UI by two attributes: the header control that opens search
// (`data-site-search`) and the search page's root (`data-search-page`), where the explanation is shown inline.
// The rule of scripts/search/shortcut.ts, written out for a script that cannot import it (a test holds the two
// together): Ctrl/⌘+K in either case, or "/" alone outside a field; never with Alt.
/** @param {{ key: string, ctrlKey: boolean, metaKey: boolean, altKey: boolean, target: EventTarget | null }} press */
function isSearchShortcut(press) {
  if (press.altKey) return false;
  if (press.ctrlKey || press.metaKey) return press.key.toLowerCase() === 'k';
  const el = press.target;
  const typing = !!el && ('value' in el || /** @type {Partial<HTMLElement>} */ (el).isContentEditable === true);
  return press.key === '/' && !typing;
}

(() => {
  if (location.protocol !== 'file:') {
    for (const parked of document.querySelectorAll('script[data-module-src]')) {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = /** @type {HTMLElement} */ (parked).dataset['moduleSrc'] ?? '';
      document.head.append(script);
    }
    return;
  }
  const template = document.querySelector('template[data-disk-notice]');
  if (!(template instanceof HTMLTemplateElement)) return;
  document.documentElement.dataset['onDisk'] = '';

  /** @type {HTMLDialogElement | null} */
  let dialog = null;
  const open = () => {
    if (!dialog) {
      const found = template.content.querySelector('dialog');
      if (!found) return;
      dialog = /** @type {HTMLDialogElement} */ (found.cloneNode(true));
      document.body.append(dialog);
    }
    if (!dialog.open) dialog.showModal();
  };

  const body = template.content.querySelector('[data-disk-notice-body]');
  for (const root of document.querySelectorAll('[data-search-page]')) {
    if (!body) break;
    const note = document.createElement('div');
    note.setAttribute('role', 'note');
    note.className = 'border-line bg-surface mb-6 rounded-lg border p-4';
    note.append(...[...body.childNodes].map((n) => n.cloneNode(true)));
    const heading = root.querySelector('h1');
    if (heading) heading.after(note);
    else root.prepend(note);
  }
  for (const control of document.querySelectorAll('[data-site-search]')) {
    control.setAttribute('aria-haspopup', 'dialog');
  }
  const fromControl = (/** @type {Event} */ event) =>
    event.target instanceof Element && event.target.closest('[data-site-search]');
  // On disk no module runs, so this is the control's one owner here.
  document.addEventListener('click', (event) => {
    if (!fromControl(event)) return;
    event.preventDefault();
    open();
  });
  document.addEventListener(
    'submit',
    (event) => {
      if (!fromControl(event)) return;
      event.preventDefault();
      open();
    },
    true,
  );
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    open();
  });
})();
