// @ts-check
// The file build's one script (classic, so it runs from file://). On disk, the search control explains in
// Arabic why search is unavailable and how to read with it; served over http(s), the parked module scripts
// start as usual. Contract for the search UI: mark the control that opens search with `data-search-control`
// and any place that should show the explanation inline (the search page's results) with `data-search-notice`.
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
  const template = document.querySelector('template[data-file-notice]');
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

  for (const slot of document.querySelectorAll('[data-search-notice]')) {
    const body = template.content.querySelector('[data-file-notice-body]');
    if (body) slot.replaceChildren(body.cloneNode(true));
  }
  for (const control of document.querySelectorAll('[data-search-control]')) {
    control.setAttribute('aria-haspopup', 'dialog');
  }
  const fromControl = (/** @type {Event} */ event) =>
    event.target instanceof Element && event.target.closest('[data-search-control]');
  document.addEventListener(
    'click',
    (event) => {
      if (!fromControl(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      open();
    },
    true,
  );
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
    const typing = event.target instanceof HTMLElement && event.target.matches('input, textarea, [contenteditable]');
    const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing);
    if (!shortcut) return;
    event.preventDefault();
    open();
  });
})();
