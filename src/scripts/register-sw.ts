// Registers the service worker once the page has loaded, so reading comes first. When a new version is
// installed and waiting (and this is not the first install), the notice's code (update-notice.ts) is run.
import { runModules } from './run-module.ts';
import noticeUrl from './update-notice.ts?lazy';

/** Register `sw.js` at the base path (so for the base path), after load, and watch for updates. */
export function registerServiceWorker(base: string): void {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  // Absent where service workers are not allowed (plain http, some private modes).
  if (!container) return;
  addEventListener('load', () => {
    // Its scope is the folder it is in (the base path), by default.
    container.register(`${base}sw.js`).then(
      // Undefined where a browser (or an automation tool) stubs out registration while blocking workers.
      (registration?: ServiceWorkerRegistration) => {
        if (!registration) return;
        const offer = (): void => {
          if (registration.waiting && container.controller) void runModules(noticeUrl);
        };
        offer();
        registration.onupdatefound = () => {
          if (registration.installing) registration.installing.onstatechange = offer;
        };
      },
      () => {},
    );
  });
}
