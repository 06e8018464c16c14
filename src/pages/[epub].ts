// The EPUB edition, written at the site's root by the build (lib/epub/edition.ts). A route with one path
// rather than a file named after it, so the file's name is written once, in edition.ts.
import type { APIRoute } from 'astro';
import { EPUB_FILE, epubBytes } from '../lib/epub/edition.ts';

export function getStaticPaths() {
  return [{ params: { epub: EPUB_FILE } }];
}

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await epubBytes()), { headers: { 'Content-Type': 'application/epub+zip' } });
