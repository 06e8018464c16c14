// Each built file gzipped once per build: the offline summary counts its bytes on the wire (served-bytes.ts)
// and the precompress step writes the same gzipped copy, so the second asks the first's result (a thousand
// chapters are 2,000 files). A file is known by its path, size and modification time: one that changed is
// gzipped again.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const done = new Map<string, { stamp: string; raw: number; gzipped: Buffer }>();

/** A file's content gzipped at the default level, and its own size; from memory when it has not changed. */
export function gzippedFile(path: string, content?: Buffer): { raw: number; gzipped: Buffer } {
  const stat = statSync(path);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const known = done.get(path);
  if (known?.stamp === stamp) return known;
  const raw = content ?? readFileSync(path);
  const entry = { stamp, raw: raw.length, gzipped: gzipSync(raw) };
  done.set(path, entry);
  return entry;
}
