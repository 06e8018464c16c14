// Bytes on the wire, as the size budgets count them: gzip at the default level, or the raw file when
// gzip does not make it smaller (fonts, Pagefind's pre-compressed index), as a CDN would send it.
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

/** A byte count for people: `12.3 KiB` (or bytes below 1 KiB). */
export function kib(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}
