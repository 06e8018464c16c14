// Run when a new service worker is installed and waiting (register-sw.ts): shows the notice that a new
// version is ready. Its Arabic markup comes from the page (a template in components/ServiceWorker.astro).

/** Show the notice; "update now" lets the waiting worker take over, then reloads into the new version. */
function showUpdateNotice(worker: ServiceWorker): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-update-notice-template]');
  if (!template || document.querySelector('[data-update-notice]')) return;
  const notice = template.content.firstElementChild?.cloneNode(true);
  if (!(notice instanceof HTMLElement)) return;
  const now = notice.querySelector<HTMLButtonElement>('[data-update-now]');
  const later = notice.querySelector<HTMLButtonElement>('[data-update-later]');
  document.body.append(notice);

  now?.addEventListener('click', () => {
    now.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  later?.addEventListener('click', () => notice.remove());
}

const registration = await navigator.serviceWorker.getRegistration();
if (registration?.waiting) showUpdateNotice(registration.waiting);

// A module of its own, run by <script type="module"> (register-sw.ts) for its effect alone.
export {};
