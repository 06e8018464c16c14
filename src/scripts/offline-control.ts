// <site-offline-control> on /offline-reading/ (components/OfflineControl.astro): says whether the site is kept
// on this device and how far saving has got; offers to save it (with its size) where it did not save itself
// (Save-Data, or a site over the worker's automatic limit); under Save-Data, offers a new build (with its size),
// which the worker fetches only once accepted; once saved, asks the browser to keep the site and says whether
// it agreed and how much room the site takes.
import { serviceWorker } from 'virtual:site/edition';
import { PRECACHE_SUMMARY, precacheName, type PrecacheSummary } from '../lib/offline/precache-summary.ts';
import type { Offer, OfferMessage, ToWorker, WorkerStatus } from '../lib/offline/worker-data.ts';

/** Arabic-Indic digits. Intl here, not i18n/numbers.ts: a module shared with the search's would become one
 *  more file for every first search. */
const digits = new Intl.NumberFormat('ar-u-nu-arab', { maximumFractionDigits: 0 });
const formatNumber = (n: number): string => digits.format(n);
const kib = (bytes: number): string => formatNumber(Math.round(bytes / 1024));

type State = 'checking' | 'offer' | 'saving' | 'saved' | 'failed' | 'unsupported' | 'update';

const base = import.meta.env.BASE_URL;
/** How often the files in the cache are counted while saving. */
const POLL_MS = 200;
const saveData = navigator.connection?.saveData === true;

/** The build's precache summary (only asked for before any worker is registered), or undefined. */
const fetchSummary = (): Promise<PrecacheSummary | undefined> =>
  fetch(`${base}${PRECACHE_SUMMARY}`, { cache: 'no-cache' })
    .then((response) => (response.ok ? (response.json() as Promise<PrecacheSummary>) : undefined))
    .catch(() => undefined);

/** Ask a worker; the answer comes back on a port of its own. */
function ask<T>(worker: ServiceWorker, message: ToWorker): Promise<T> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data as T);
    worker.postMessage(message, [channel.port2]);
  });
}

/** Show one state of the control (the others keep their room, see global.css) and say it to screen readers. */
function show(control: HTMLElement, state: State): void {
  if (control.dataset.state === state) return;
  control.dataset.state = state;
  const announce = control.parentElement?.querySelector('[data-offline-announce]');
  for (const part of control.querySelectorAll<HTMLElement>('[data-when]')) {
    const shown = part.dataset.when === state;
    part.toggleAttribute('data-shown', shown);
    if (shown && announce) announce.textContent = part.textContent.replace(/\s+/g, ' ').trim();
  }
}

/** Show one of a group of stacked alternatives (`[data-name=value]`), the others keeping their room. */
function pick(control: HTMLElement, name: string, value: string): void {
  for (const part of control.querySelectorAll<HTMLElement>(`[data-${name}]`))
    part.toggleAttribute('data-shown', part.getAttribute(`data-${name}`) === value);
}

const setText = (control: HTMLElement, selector: string, text: string): void => {
  const element = control.querySelector<HTMLElement>(selector);
  if (element) element.textContent = text;
};

/** How many of a build's files are in its cache so far (never creating the cache by asking). */
async function cachedFiles(version: string, scope: string): Promise<number> {
  const name = precacheName(version, scope);
  if (!(await caches.has(name))) return 0;
  return (await (await caches.open(name)).keys()).length;
}

/** Write the share of a build's files in its cache, as the progress bar and a percentage. */
async function progress(control: HTMLElement, version: string, files: number, scope: string): Promise<void> {
  const share = Math.min(100, Math.round((100 * (await cachedFiles(version, scope))) / Math.max(1, files)));
  const bar = control.querySelector<HTMLProgressElement>('[data-offline-progress]');
  if (bar) bar.value = share;
  setText(control, '[data-offline-percent]', formatNumber(share));
}

/** Count the files in a cache while `work` runs, then give its outcome. */
async function counting<T>(work: Promise<T>, count: () => Promise<void>): Promise<T> {
  const state = { done: false };
  void work.finally(() => (state.done = true)).catch(() => {});
  while (!state.done) {
    await count();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return work;
}

/** Once saved: ask the browser to keep the site, then say whether it agreed and how much room it takes. */
async function saved(control: HTMLElement): Promise<void> {
  show(control, 'saved');
  // Absent outside secure contexts; a browser may also lack either method.
  const storage = navigator.storage as Partial<StorageManager> | undefined;
  const granted = (await storage?.persist?.().catch(() => false)) ?? false;
  pick(control, 'persist', granted ? 'granted' : 'refused');
  const usage = (await storage?.estimate?.().catch(() => undefined))?.usage;
  if (usage !== undefined) setText(control, '[data-offline-usage]', kib(usage));
  for (const line of control.querySelectorAll('[data-offline-storage]'))
    line.toggleAttribute('data-shown', usage !== undefined);
}

/** Until the registration has an active worker (its first install done), or undefined if the install failed. */
async function activeWorker(control: HTMLElement, registration: ServiceWorkerRegistration, info?: PrecacheSummary) {
  while (!registration.active) {
    const worker = registration.installing ?? registration.waiting;
    if (!worker || worker.state === 'redundant') return undefined;
    show(control, 'saving');
    if (info) await progress(control, info.version, info.files, registration.scope);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return registration.active;
}

/** Save the whole site: register the worker if need be, then have it keep every file, counting as it goes. */
async function save(control: HTMLElement, container: ServiceWorkerContainer, info?: PrecacheSummary): Promise<void> {
  show(control, 'saving');
  try {
    const registration = await container.register(`${base}sw.js`);
    const worker = await activeWorker(control, registration, info);
    if (!worker) return show(control, 'failed');
    worker.postMessage({ type: 'SAVE_DATA', on: saveData });
    const status = await ask<WorkerStatus>(worker, { type: 'STATUS' });
    const outcome = await counting(ask<{ ok: boolean }>(worker, { type: 'SAVE_ALL' }), () =>
      progress(control, status.version, status.files, registration.scope),
    );
    if (!outcome.ok) return show(control, 'failed');
    await progress(control, status.version, status.files, registration.scope);
    await saved(control);
  } catch {
    show(control, 'failed');
  }
}

/** Offer to save the whole site, saying why it is not saved yet and what it will download. */
function offerSave(control: HTMLElement, reason: 'save-data' | 'large', bytes: number | undefined): void {
  setText(control, '[data-offline-size]', bytes === undefined ? '' : kib(bytes));
  control.querySelector('[data-offline-size-line]')?.toggleAttribute('data-unknown', bytes === undefined);
  pick(control, 'reason', reason);
  show(control, 'offer');
}

/** Offer a new build (Save-Data); accepted, the worker in charge records it, the new one installs, downloading
 *  only now, and takes over. */
function offerUpdate(control: HTMLElement, registration: ServiceWorkerRegistration, offer: Offer): void {
  if (control.dataset.state === 'update' || control.dataset.state === 'saving') return;
  setText(control, '[data-offline-update-size]', kib(offer.bytes));
  show(control, 'update');
  control.querySelector('[data-offline-update]')?.addEventListener(
    'click',
    () =>
      void (async () => {
        show(control, 'saving');
        const current = registration.active;
        if (current) await ask(current, { type: 'ACCEPT', version: offer.version });
        await registration.update().catch(() => undefined);
        // The new worker may take a moment to appear: a while with none installing nor waiting is a failure.
        for (let idle = 0; idle < 10; idle = registration.installing ? 0 : idle + 1) {
          const waiting = registration.waiting;
          if (waiting) {
            navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
            return waiting.postMessage({ type: 'SKIP_WAITING' });
          }
          await progress(control, offer.version, offer.files, registration.scope);
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
        show(control, 'failed');
      })(),
    { once: true },
  );
}

async function start(control: HTMLElement): Promise<void> {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  // No worker in the dev server (the build writes sw.js), nor where the browser allows none.
  if (!serviceWorker || !container || !('caches' in window)) return show(control, 'unsupported');
  let info: PrecacheSummary | undefined;
  for (const button of control.querySelectorAll('[data-offline-save]'))
    button.addEventListener('click', () => void save(control, container, info));
  let registration = await container.getRegistration(base);
  if (!registration) {
    info = await fetchSummary();
    // Under Save-Data nothing is kept until asked; otherwise the worker starts here, as on any first visit.
    if (saveData) return offerSave(control, 'save-data', info?.bytes);
    show(control, 'saving');
    registration = await container.register(`${base}sw.js`).catch(() => undefined);
    if (!registration) return show(control, 'failed');
  }
  const worker = await activeWorker(control, registration, info);
  if (!worker) return show(control, 'failed');
  const active = registration;
  worker.postMessage({ type: 'SAVE_DATA', on: saveData });
  container.addEventListener('message', (event: MessageEvent<OfferMessage | undefined>) => {
    if (event.data?.type === 'OFFER' && saveData) offerUpdate(control, active, event.data);
  });
  const status = await ask<WorkerStatus>(worker, { type: 'STATUS' });
  if (saveData && status.offer && status.offer.version !== status.version)
    offerUpdate(control, registration, status.offer);
  else if (status.whole) await saved(control);
  else offerSave(control, saveData ? 'save-data' : 'large', status.bytes);
  // Under Save-Data a new build is looked for here: the worker offers it rather than fetching it.
  if (saveData) await registration.update().catch(() => undefined);
}

/** The control's owner: starts it once it is in the page; every query is scoped to its box. */
class OfflineControl extends HTMLElement {
  connectedCallback(): void {
    const control = this.querySelector<HTMLElement>('[data-offline-control]');
    if (control) void start(control);
  }
}

customElements.define('site-offline-control', OfflineControl);
