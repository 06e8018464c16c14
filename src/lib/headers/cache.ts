// How long browsers and CDNs may keep each built file: forever when its name carries a content hash,
// otherwise only after asking the host again.

/** For files whose name changes whenever their bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For files that keep their name across deploys: pages, the service worker, the manifest, Pagefind's entry points. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Folders (relative to the output folder) that hold only content-hashed files: Vite's assets and Pagefind's
 * chunks. Pagefind's pagefind.js, pagefind-entry.json and wasm keep their names from build to build, so
 * they are revalidated instead; the service worker keeps them offline either way.
 */
export const HASHED_FOLDERS = ['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'] as const;

/** Pagefind's meta file sits beside files that keep their names, so it is matched by name, not by folder. */
const HASHED_FILE = String.raw`pagefind/[^/]+\.pf_meta$`;

/**
 * The hashed files as one regular expression over a path relative to the base (no leading slash), in the
 * syntax PCRE (nginx, Apache) and RE2 (Caddy) share, so every host's configuration says the same thing.
 */
export const HASHED_PATTERN = `^(?:${[...HASHED_FOLDERS.map((f) => f.replace(/[.]/g, '\\.')), HASHED_FILE].join('|')})`;

/** True when a built file's name carries a hash of its content (see HASHED_FOLDERS; Pagefind's *.pf_meta too). */
export function isHashed(file: string): boolean {
  return new RegExp(HASHED_PATTERN).test(file);
}

/** The Cache-Control a built file (path relative to the output folder) is served with. */
export function cacheControlFor(file: string): string {
  return isHashed(file) ? IMMUTABLE : REVALIDATE;
}
