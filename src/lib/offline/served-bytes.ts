// Bytes on the wire: gzip at the default level, or the raw file when gzip does not make it smaller (fonts,
// Pagefind's pre-compressed index), as a CDN would send it. The size budgets count this, and so does the
// download size the offline control announces.
import { gzipSync } from 'node:zlib';
import { gzippedFile } from '../gzip-once.ts';

/** The bytes a CDN sends for this content with gzip on. */
export function servedBytes(content: Buffer | string): number {
  const raw = typeof content === 'string' ? Buffer.from(content) : content;
  return Math.min(raw.length, gzipSync(raw).length);
}

/** servedBytes of a file (gzipped once a build: lib/gzip-once.ts); `content` when it has been read already. */
export function servedFileBytes(path: string, content?: Buffer): number {
  const { raw, gzipped } = gzippedFile(path, content);
  return Math.min(raw, gzipped.length);
}
