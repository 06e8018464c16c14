// Registers the service worker once the page is loaded and the browser is idle, so reading comes first.
// The notice is bundled in (a few hundred bytes) rather than imported lazily: Vite's lazy-import helper
// alone would weigh more than the notice.
import { showUpdateNotice } from './update-notice.ts';

/** Show the notice for a worker that is installed and waiting, unless this is the very first install. */
function offerUpdate(worker: ServiceWorker): void {
  if (!navigator.serviceWorker.controller) return;
  showUpdateNotice(worker);
}

/** Watch a registration for a new version (found now, or while the page stays open). */
function watch(registration: ServiceWorkerRegistration): void {
  if (registration.waiting) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offerUpdate(worker);
    });
  });
}

/** Register `sw.js` at the base path, with the base path as its scope, after load and when idle. */
export function registerServiceWorker(base: string = import.meta.env.BASE_URL): void {
  if (!('serviceWorker' in navigator)) return;
  const start = () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(watch, () => undefined);
  };
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 3000 }) : setTimeout(start, 200);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
