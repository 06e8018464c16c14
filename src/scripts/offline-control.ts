// <site-offline-control> on /offline-reading/ (components/OfflineControl.astro): says whether the site is kept
// on this device and how far saving has got. Under Save-Data no page registers the service worker by itself
// (register-sw.ts), so the control offers to, with the download's size from the build's precache summary.
import { serviceWorker } from 'virtual:site/edition';
import { PRECACHE_SUMMARY, precacheName, type PrecacheSummary } from '../lib/offline/precache-summary.ts';

/** Arabic-Indic digits. Intl here, not i18n/numbers.ts: a module shared with the search's would become one
 *  more file for every first search. */
const digits = new Intl.NumberFormat('ar-u-nu-arab', { maximumFractionDigits: 0 });
const formatNumber = (n: number): string => digits.format(n);

type State = 'checking' | 'offer' | 'saving' | 'saved' | 'failed' | 'unsupported';

const base = import.meta.env.BASE_URL;
/** How often the files in the cache are counted while the worker installs. */
const POLL_MS = 200;

/** The build's precache summary, or undefined when it cannot be fetched (offline, an old host). */
const summary: Promise<PrecacheSummary | undefined> = fetch(`${base}${PRECACHE_SUMMARY}`, { cache: 'no-cache' })
  .then((response) => (response.ok ? (response.json() as Promise<PrecacheSummary>) : undefined))
  .catch(() => undefined);

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

/** How many of the build's files are in its cache so far (never creating the cache by asking). */
async function cachedFiles(version: string, scope: string): Promise<number> {
  const name = precacheName(version, scope);
  if (!(await caches.has(name))) return 0;
  return (await (await caches.open(name)).keys()).length;
}

/** Follow a registration until its worker is active (everything precached) or its install has failed. */
async function follow(control: HTMLElement, registration: ServiceWorkerRegistration): Promise<void> {
  const info = await summary;
  const progress = control.querySelector<HTMLProgressElement>('[data-offline-progress]');
  const percent = control.querySelector<HTMLElement>('[data-offline-percent]');
  if (!registration.active) show(control, 'saving');
  for (;;) {
    if (registration.active) return show(control, 'saved');
    const worker = registration.installing ?? registration.waiting;
    if (!worker || worker.state === 'redundant') return show(control, 'failed');
    if (info && progress && percent) {
      const share = Math.min(
        100,
        Math.round((100 * (await cachedFiles(info.version, registration.scope))) / info.files),
      );
      progress.value = share;
      percent.textContent = formatNumber(share);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Register the worker (the same registration the boot module makes) and follow it. */
async function save(control: HTMLElement, container: ServiceWorkerContainer): Promise<void> {
  show(control, 'saving');
  try {
    await follow(control, await container.register(`${base}sw.js`));
  } catch {
    show(control, 'failed');
  }
}

/** Offer to save, with the size it will download when the summary is at hand. */
async function offer(control: HTMLElement): Promise<void> {
  const info = await summary;
  const size = control.querySelector<HTMLElement>('[data-offline-size]');
  const line = control.querySelector<HTMLElement>('[data-offline-size-line]');
  if (size) size.textContent = info ? formatNumber(Math.round(info.bytes / 1024)) : '';
  line?.toggleAttribute('data-unknown', !info);
  show(control, 'offer');
}

async function start(control: HTMLElement): Promise<void> {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  // No worker in the dev server (the build writes sw.js), nor where the browser allows none.
  if (!serviceWorker || !container || !('caches' in window)) return show(control, 'unsupported');
  for (const button of control.querySelectorAll('[data-offline-save]'))
    button.addEventListener('click', () => void save(control, container));
  const registration = await container.getRegistration(base);
  // Kept already, or being kept: say so, whatever the reader's setting.
  if (registration) return follow(control, registration);
  if (navigator.connection?.saveData) return offer(control);
  // Without Save-Data the site saves itself after the first visit; on this page that starts at once.
  return save(control, container);
}

/** The control's owner: starts it once it is in the page; every query is scoped to its box. */
class OfflineControl extends HTMLElement {
  connectedCallback(): void {
    const control = this.querySelector<HTMLElement>('[data-offline-control]');
    if (control) void start(control);
  }
}

customElements.define('site-offline-control', OfflineControl);
