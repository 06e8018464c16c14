// One short version for a whole build, derived from every precached file's revision: the same files give
// the same version (no needless update), any change gives a new one (a new cache, replacing the old whole).
import { createHash } from 'node:crypto';

export interface Revisioned {
  url: string;
  revision: string | null;
}

/** A 10-hex-digit version of a precache manifest, independent of the order of its entries. */
export function buildVersion(entries: readonly Revisioned[]): string {
  const lines = entries.map((e) => `${e.url} ${e.revision ?? ''}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 10);
}
