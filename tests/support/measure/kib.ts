// Byte counts for people, beside the bytes on the wire (src/lib/offline/served-bytes.ts).

/** A byte count for people: `12.3 KiB` (or bytes below 1 KiB). */
export function kib(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}
