// The Arabic notice that a new version of the site is ready, shown when a new service worker is waiting.
import { updateUi } from '../i18n/ui.ts';

const BUTTON =
  'inline-flex min-h-11 cursor-pointer items-center rounded-full px-5 py-1 font-bold focus-visible:outline-offset-2';

/** Show the notice; "update now" lets the waiting worker take over, then reloads into the new version. */
export function showUpdateNotice(worker: ServiceWorker): void {
  if (document.querySelector('[data-update-notice]')) return;
  const notice = document.createElement('div');
  notice.dataset.updateNotice = '';
  notice.setAttribute('role', 'status');
  notice.className =
    'no-print border-line bg-surface text-fg fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-xl flex-wrap items-center gap-3 rounded-xl border p-4 shadow-lg';
  const text = document.createElement('p');
  text.className = 'basis-full font-bold sm:me-auto sm:basis-auto';
  text.textContent = updateUi.updateReady;
  const now = document.createElement('button');
  now.type = 'button';
  now.className = `${BUTTON} bg-accent text-accent-fg`;
  now.textContent = updateUi.updateNow;
  const later = document.createElement('button');
  later.type = 'button';
  later.className = `${BUTTON} border-line border`;
  later.textContent = updateUi.updateLater;
  notice.append(text, now, later);
  document.body.append(notice);

  now.addEventListener('click', () => {
    now.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => notice.remove());
}
