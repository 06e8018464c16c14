// Bytes on the wire: gzip at the default level, or the raw file when gzip does not make it smaller (fonts,
// Pagefind's pre-compressed index), as a CDN would send it. The size budgets count this, and so does the
// download size the offline control announces.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The bytes a CDN sends for this content with gzip on. */
export function servedBytes(content: Buffer | string): number {
  const raw = typeof content === 'string' ? Buffer.from(content) : content;
  return Math.min(raw.length, gzipSync(raw).length);
}

/** servedBytes of a file. */
export function servedFileBytes(path: string): number {
  return servedBytes(readFileSync(path));
}
