// Registers the service worker once the page has loaded, so reading comes first, unless the reader's browser
// asks to save data: then nothing is kept until the reader asks on /offline-reading/ (offline-control.ts). Either
// way the worker already in charge is told the reader's Save-Data setting (its own navigator may not say): it
// decides whether a new build is downloaded or offered. When a new version is installed and waiting (and this
// is not the first install), the notice's code (update-notice.ts) is run.
import { runModules } from './run-module.ts';
import noticeUrl from './update-notice.ts?lazy';

/** Register `sw.js` at the base path (so for the base path), after load, and watch for updates. */
export function registerServiceWorker(base: string): void {
  // Absent where service workers are not allowed (plain http, some private modes).
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  const saveData = navigator.connection?.saveData === true;
  container.controller?.postMessage({ type: 'SAVE_DATA', on: saveData });
  if (saveData) return;
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
