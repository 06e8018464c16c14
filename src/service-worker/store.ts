// A few values the worker keeps between runs and between builds (IndexedDB, not the Cache API, so the only
// caches are the build's): the reader's Save-Data setting, whether the whole site is wanted, the build on offer
// and the one the reader accepted.

export interface Stored {
  saveData: boolean;
  whole: boolean;
  offer: import('../lib/offline/worker-data.ts').Offer;
  accepted: string;
}

const STORE = 'settings';

function open(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB'));
  });
}

/** One request on the store, in its own transaction. */
async function run<T>(db: string, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const database = await open(db);
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(database.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error ?? new Error('indexedDB'));
    });
  } finally {
    database.close();
  }
}

/** The store of one scope. */
export function store(db: string) {
  return {
    get: <K extends keyof Stored>(key: K) => run<Stored[K] | undefined>(db, 'readonly', (s) => s.get(key)),
    set: <K extends keyof Stored>(key: K, value: Stored[K]) => run<unknown>(db, 'readwrite', (s) => s.put(value, key)),
    remove: (key: keyof Stored) => run<unknown>(db, 'readwrite', (s) => s.delete(key)),
  };
}
