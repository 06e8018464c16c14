// What the build tells the service worker (inlined into sw.js) and what the worker and the offline-reading
// control say to each other: one definition for both sides.

/** A kept file and the integrity its bytes must have (lib/offline/integrity.ts). */
export interface KeptFile {
  url: string;
  integrity: string;
}

/** Inlined into sw.js by the build: small whatever the number of chapters (the core, a few counts). */
export interface WorkerData {
  /** The build's version (build-version.ts), which names its cache. */
  version: string;
  /** Fetched on every install: the shell, fonts, search engine, offline page (service-worker-config.ts). */
  core: KeptFile[];
  /** The list of every kept file, fetched only when the whole site is saved. */
  list: KeptFile;
  /** How many files the whole site is, and its bytes on the wire (the core's included, sw.js not). */
  files: number;
  bytes: number;
  coreBytes: number;
  /** The whole site saves itself only up to this many bytes, and never under Save-Data. */
  autoSaveLimit: number;
  offlinePage: string;
}

/** A new build waiting for the reader's consent (Save-Data): what accepting it downloads. */
export interface Offer {
  version: string;
  files: number;
  bytes: number;
}

/** The active worker's answer to STATUS. */
export interface WorkerStatus {
  version: string;
  /** Every file of the build is in its cache. */
  whole: boolean;
  files: number;
  bytes: number;
  offer?: Offer | undefined;
}

/** From a page to a worker; STATUS, SAVE_ALL and ACCEPT answer on the message's port. */
export type ToWorker =
  | { type: 'SKIP_WAITING' }
  | { type: 'SAVE_DATA'; on: boolean }
  | { type: 'STATUS' }
  | { type: 'SAVE_ALL' }
  | { type: 'ACCEPT'; version: string };

/** From a worker to its pages: a new build is offered rather than downloaded. */
export interface OfferMessage extends Offer {
  type: 'OFFER';
}
