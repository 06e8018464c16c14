// The gzipped copies a web build carries beside its text files (`name.css.gz`), which nginx (gzip_static),
// Apache (the .htaccess rewrite) and Caddy (precompressed) send as they are: text is compressed on the wire
// on every host, with no compression module and no work per request.
import { gzippedFile } from '../gzip-once.ts';
import { isCompressible } from './types.ts';

/**
 * The gzipped copy of a built file (`file` relative to the build, at `path`), or undefined when it is not worth one (not text or WebAssembly, or no
 * smaller). Gzip at the default level, as served-bytes.ts counts the bytes the offline page announces.
 */
export function gzippedCopy(file: string, path: string): Buffer | undefined {
  if (!isCompressible(file) || file.endsWith('.gz')) return undefined;
  const { raw, gzipped } = gzippedFile(path);
  return gzipped.length < raw ? gzipped : undefined;
}
