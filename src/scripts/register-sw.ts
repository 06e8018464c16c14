// Registers the service worker once the page has loaded, so reading comes first, unless the reader's browser
// asks to save data: then nothing is precached until the reader asks on /offline-reading/ (offline-control.ts).
// When a new version is installed and waiting (and this is not the first install), the notice's code
// (update-notice.ts) is run.
import { runModules } from './run-module.ts';
import noticeUrl from './update-notice.ts?lazy';

/** The update notice's template: the page carries it when its edition has offline reading (ServiceWorker.astro). */
const TEMPLATE = 'template[data-update-notice-template]';

/** Register `sw.js` at the base path (so for the base path), after load, and watch for updates. */
export function registerServiceWorker(base: string): void {
  // Only on a page of an edition with offline reading, and never in the dev server: the build writes sw.js. (The
  // mode, not DEV: DEV follows NODE_ENV, and a build the test runner starts inherits its NODE_ENV=test.)
  if (import.meta.env.MODE === 'development' || !document.querySelector(TEMPLATE)) return;
  // Absent where service workers are not allowed (plain http, some private modes).
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container || navigator.connection?.saveData) return;
  addEventListener('load', () => {
    // Its scope is the folder it is in (the base path), by default. Undefined where a browser (or an
    // automation tool) stubs out registration while blocking workers.
    container.register(`${base}sw.js`).then(
      (registration?: ServiceWorkerRegistration) => {
        const offer = (): void => {
          if (registration?.waiting && container.controller) void runModules(noticeUrl);
        };
        offer();
        // `installing` is the new worker whenever updatefound fires.
        if (registration) registration.onupdatefound = () => (registration.installing!.onstatechange = offer);
        // A failed registration (no network, a host without sw.js) leaves the site as it is.
      },
      () => {},
    );
  });
}
