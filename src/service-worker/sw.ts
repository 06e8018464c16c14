// The service worker (bundled into dist/sw.js by integrations/steps/service-worker.ts, which inlines the build's
// WorkerData). Its install step is ours: a first visit keeps the core and the pages open, bounded whatever the
// number of chapters; the whole site only while it is small, or when the reader asks; pages read are kept as
// read. Under Save-Data a new build is offered, and nothing of it is fetched until the reader accepts.
import { cacheKey } from '../lib/offline/cache-key.ts';
import { isPrecacheOf, precacheName } from '../lib/offline/precache-summary.ts';
import type { KeptFile, Offer, ToWorker, WorkerData, WorkerStatus } from '../lib/offline/worker-data.ts';
import { store } from './store.ts';
import type { ExtendableMessageEvent, WorkerScope } from './types.ts';

/** The build's data, as JSON text (the build defines it). */
declare const WORKER_DATA: string;
const data = JSON.parse(WORKER_DATA) as WorkerData;
const worker = self as unknown as WorkerScope;
const scope = worker.registration.scope;
const cacheName = precacheName(data.version, scope);
const settings = store(`erdogan-kz-offline ${scope}`);
/** Files fetched at once while saving. */
const PARALLEL = 6;

const absolute = (url: string): string => new URL(url, scope).href;

/** Fetch files into this build's cache, those with an integrity held to it (all or nothing), the others
 *  (pages read, pages open) as the host serves them, skipping any that fail. Files already kept are skipped. */
async function keep(files: readonly KeptFile[], extra: readonly string[] = []): Promise<void> {
  const cache = await caches.open(cacheName);
  const have = new Set((await cache.keys()).map((request) => request.url));
  const queue: (KeptFile | string)[] = [
    ...files.filter((f) => !have.has(absolute(f.url))),
    ...extra.filter((url) => !have.has(url)),
  ];
  const next = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      if (typeof item === 'string') {
        const response = await fetch(item, { cache: 'no-cache' }).catch(() => undefined);
        if (response?.ok && !response.redirected) await cache.put(item, response);
        continue;
      }
      const url = absolute(item.url);
      const response = await fetch(url, { cache: 'no-cache', integrity: item.integrity });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await cache.put(url, response);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
}

/** The pages open in a tab, and the pages an earlier build kept as read (fetched again from this build). */
async function pagesToCarry(core: readonly KeptFile[]): Promise<string[]> {
  const urls = new Set<string>();
  for (const client of await worker.clients.matchAll({ includeUncontrolled: true, type: 'window' })) {
    const key = cacheKey(client.url, scope);
    if (key) urls.add(key);
  }
  const coreUrls = new Set(core.map((f) => absolute(f.url)));
  for (const name of await ourOtherCaches())
    for (const request of await (await caches.open(name)).keys()) if (!coreUrls.has(request.url)) urls.add(request.url);
  return [...urls];
}

/** Every cache of an earlier (or another) build of this scope. */
async function ourOtherCaches(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name !== cacheName && isPrecacheOf(name, scope));
}

/** The list of every kept file, itself held to its integrity. */
async function fileList(): Promise<KeptFile[]> {
  const response = await fetch(absolute(data.list.url), { cache: 'no-cache', integrity: data.list.integrity });
  if (!response.ok) throw new Error(`${data.list.url}: ${response.status}`);
  return (await response.json()) as KeptFile[];
}

/** The whole site, every file held to its integrity. */
async function keepAll(): Promise<void> {
  await keep(await fileList());
  await settings.set('whole', true);
}

const saveData = async (): Promise<boolean> =>
  (await settings.get('saveData')) === true ||
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const update = worker.registration.active !== null;
      const frugal = await saveData();
      const whole = (await settings.get('whole')) === true || (!frugal && data.bytes <= data.autoSaveLimit);
      if (update && frugal && (await settings.get('accepted')) !== data.version) {
        // Offered, not fetched: the install ends here, so the browser keeps the current build whole and
        // checks again later; the reader accepts on /offline-reading/, and the next install downloads.
        const offer: Offer = {
          version: data.version,
          files: whole ? data.files : data.core.length,
          bytes: whole ? data.bytes : data.coreBytes,
        };
        await settings.set('offer', offer);
        for (const client of await worker.clients.matchAll({ includeUncontrolled: true, type: 'window' }))
          client.postMessage({ type: 'OFFER', ...offer });
        throw new Error('a new build waits for the reader');
      }
      // A cache of this version left by an install that failed (a host caught mid-deploy) is not trusted.
      await caches.delete(cacheName);
      try {
        // The whole site is all held to its integrity; otherwise the core is, and the pages carried are as served.
        if (whole) await keepAll();
        else await keep(data.core, await pagesToCarry(data.core));
      } catch (error) {
        await caches.delete(cacheName);
        throw error;
      }
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // One build at a time: every other build's cache goes once this one takes over.
      for (const name of await ourOtherCaches()) await caches.delete(name);
      await settings.remove('offer');
      await settings.remove('accepted');
      await worker.clients.claim();
    })(),
  );
});

/** This build's answer: what it keeps, else the network (keeping what it can), else the offline page. */
async function answer(request: Request, key: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  const kept = await cache.match(key);
  if (kept) return kept;
  try {
    const response = await fetch(request);
    // Kept as read: a page (or search file) fetched whole, from this scope, not a redirect.
    if (response.ok && response.type === 'basic' && !response.redirected) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const offline = request.mode === 'navigate' ? await cache.match(absolute(data.offlinePage)) : undefined;
    if (offline) return offline;
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const key = cacheKey(event.request.url, scope);
  if (key) event.respondWith(answer(event.request, key));
});

async function status(): Promise<WorkerStatus> {
  const kept = (await caches.has(cacheName)) ? (await (await caches.open(cacheName)).keys()).length : 0;
  return {
    version: data.version,
    whole: kept >= data.files,
    files: data.files,
    bytes: data.bytes,
    offer: await settings.get('offer'),
  };
}

worker.addEventListener('message', (event: ExtendableMessageEvent) => {
  const message = event.data as ToWorker | undefined;
  const port = event.ports[0];
  const reply = (work: Promise<unknown>): void =>
    event.waitUntil(
      work.then((value) => port?.postMessage(value ?? { ok: true })).catch(() => port?.postMessage({ ok: false })),
    );
  switch (message?.type) {
    case 'SKIP_WAITING':
      return void worker.skipWaiting();
    case 'SAVE_DATA':
      return event.waitUntil(settings.set('saveData', message.on));
    case 'STATUS':
      return reply(status());
    case 'SAVE_ALL':
      return reply(keepAll());
    case 'ACCEPT':
      return reply(settings.set('accepted', message.version));
  }
});
