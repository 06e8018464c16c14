// The media type of every kind of file the build writes, in one table: the test server, the `_headers` file and
// every host's configuration send the same types, instead of whatever each server's defaults say.

interface MediaType {
  type: string;
  /** UTF-8 text: sent with `charset=utf-8`, and compressed on the wire. */
  text?: true;
  /** Binary, but compressed on the wire too (WebAssembly shrinks to half). */
  compress?: true;
}

/** By extension (without the dot). A host that does not know an extension would send octet-stream or nothing. */
export const MEDIA_TYPES: Readonly<Record<string, MediaType>> = {
  html: { type: 'text/html', text: true },
  css: { type: 'text/css', text: true },
  js: { type: 'text/javascript', text: true },
  mjs: { type: 'text/javascript', text: true },
  json: { type: 'application/json', text: true },
  webmanifest: { type: 'application/manifest+json', text: true },
  xml: { type: 'application/xml', text: true },
  txt: { type: 'text/plain', text: true },
  svg: { type: 'image/svg+xml', text: true },
  png: { type: 'image/png' },
  ico: { type: 'image/x-icon' },
  woff2: { type: 'font/woff2' },
  wasm: { type: 'application/wasm', compress: true },
  // Pagefind's WebAssembly (wasm.ar.pagefind) and its index files, which Pagefind compresses itself.
  pagefind: { type: 'application/wasm', compress: true },
  pf_meta: { type: 'application/octet-stream' },
  pf_index: { type: 'application/octet-stream' },
  pf_fragment: { type: 'application/octet-stream' },
  pf_filter: { type: 'application/octet-stream' },
  epub: { type: 'application/epub+zip' },
};

/** What a type-less file is sent as. */
const DEFAULT_TYPE = 'application/octet-stream';

/** A file's extension, without the dot ('' for none). */
export function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The Content-Type header a file is sent with. */
export function contentTypeFor(file: string): string {
  const media = MEDIA_TYPES[extensionOf(file)];
  if (!media) return DEFAULT_TYPE;
  return media.text ? `${media.type}; charset=utf-8` : media.type;
}

/** True for the files sent compressed: text and WebAssembly (the build writes their gzipped copies). */
export function isCompressible(file: string): boolean {
  const media = MEDIA_TYPES[extensionOf(file)];
  return media?.text === true || media?.compress === true;
}
