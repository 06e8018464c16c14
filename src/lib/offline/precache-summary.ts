// What "save the site for offline reading" costs and how far it has got: the build writes the summary of
// the precache (version, files, bytes on the wire) next to the offline-reading page, whose control
// (scripts/offline-control.ts) announces the size and counts the files in the build's cache as they arrive.

/** The summary's path in the built folder; not precached itself (it is written after the manifest is made). */
export const PRECACHE_SUMMARY = 'offline-reading/precache.json';

/** The start of every cache the service worker names (the build's version follows). */
const CACHE_PREFIX = 'erdogan-kz';

export interface PrecacheSummary {
  /** The build's version (lib/offline/build-version.ts), which names its cache. */
  version: string;
  /** How many files the service worker keeps. */
  files: number;
  /** Their bytes on the wire (lib/offline/served-bytes.ts) and the worker's own: about what saving downloads. */
  bytes: number;
}

/** The summary of a precache, from the build's version, each kept file's bytes on the wire and the worker's. */
export function precacheSummary(version: string, served: readonly number[], worker: number): PrecacheSummary {
  return { version, files: served.length, bytes: served.reduce((sum, n) => sum + n, worker) };
}

/** The start of a build's cache name: one cache per version. */
const cacheId = (version: string): string => `${CACHE_PREFIX}-${version}`;

/** The name of the cache the worker keeps a build in, for a registration's scope (its full URL). */
export const precacheName = (version: string, scope: string): string => `${cacheId(version)}-precache-v2-${scope}`;

/** Whether a cache is one the worker keeps a build of this scope in (of any version). */
export const isPrecacheOf = (name: string, scope: string): boolean =>
  name.startsWith(`${CACHE_PREFIX}-`) && name.endsWith(`-precache-v2-${scope}`);
