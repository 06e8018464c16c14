// Subresource integrity for the precache: a new worker installs only if every file it fetches has exactly
// the bytes of its own build. A host or CDN that is half-way through a deploy cannot give it a mix.
import { createHash } from 'node:crypto';

export interface Entry {
  url: string;
  revision: string | null;
}

/** The SRI value of some bytes (sha384, as browsers and the SRI spec recommend). */
export function sri(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Each precache entry with the integrity of its file; `read` gives a file's bytes from its URL (relative). */
export function withIntegrity<T extends Entry>(entries: readonly T[], read: (url: string) => Uint8Array) {
  return entries.map((entry) => ({ ...entry, integrity: sri(read(entry.url)) }));
}
