// What the service worker keeps and how it answers: every page, stylesheet, font, icon and all of Pagefind,
// in one cache per build, so a reader who visited once can read and search with the network off.
import type { GenerateSWOptions, GetManifestOptions } from 'workbox-build';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withIntegrity } from './integrity.ts';

/**
 * Every file a reader may need offline, the whole search included: Pagefind's JS and CSS, its WASM
 * (*.pagefind), entry, meta, index, filter and fragment files. One pattern, so a build without search
 * (or a file build) matches it too.
 */
export const PRECACHE_GLOBS = [
  '**/*.{html,css,js,json,webmanifest,woff2,svg,png,ico,pagefind,pf_meta,pf_index,pf_filter,pf_fragment}',
];
/** Files the worker must not hold: itself, the host's header rules, crawler files, source maps. */
export const PRECACHE_IGNORES = ['sw.js', 'workbox-*.js', '_headers', 'robots.txt', 'sitemap.xml', '**/*.map'];
/**
 * Pagefind writes three UIs; the site draws its own over pagefind.js, so none is kept (about 340 KB that
 * no page would ever request).
 */
export const UNUSED_PAGEFIND = [
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-component-ui.*',
];

/** The shape of pagefind/pagefind-entry.json that says which WASM files the index loads. */
export interface PagefindEntry {
  languages: Record<string, { wasm?: string | null }>;
}

/**
 * The WASM files (pagefind/wasm.<lang>.pagefind) no language of the index loads: Pagefind fetches only the
 * `wasm` named for each language in its entry file, so the others (e.g. wasm.unknown) would never be asked for.
 */
export function unusedWasm(files: readonly string[], entry: PagefindEntry): string[] {
  const used = new Set(Object.values(entry.languages).map((l) => `pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`));
  return files.filter((f) => /^pagefind\/wasm\.[^/]+\.pagefind$/.test(f) && !used.has(f));
}

/** The page answered for a navigation that is neither cached nor reachable. */
export const OFFLINE_PAGE = 'offline/index.html';

/** The files to precache in a built folder, leaving out `skip` too (paths or globs relative to it). */
export function precacheOptions(outDir: string, skip: readonly string[] = []): GetManifestOptions {
  return {
    globDirectory: outDir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: [...PRECACHE_IGNORES, ...UNUSED_PAGEFIND, ...skip],
  };
}

/**
 * The worker for one build. The cache is named after the build's version, and on activation every other
 * version's cache is deleted (cleanupOutdatedCaches), so a reader never gets pages of two builds; the new
 * worker waits until the reader accepts the update notice (skipWaiting: false, it listens for SKIP_WAITING).
 * Every entry carries its file's integrity, so an install from a half-deployed host fails instead of mixing.
 */
export function serviceWorkerOptions(outDir: string, version: string, skip: readonly string[] = []): GenerateSWOptions {
  return {
    ...precacheOptions(outDir, skip),
    manifestTransforms: [
      (entries) => ({ manifest: withIntegrity(entries, (url) => readFileSync(join(outDir, url))), warnings: [] }),
    ],
    swDest: join(outDir, 'sw.js'),
    cacheId: `erdogan-kz-${version}`,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    directoryIndex: 'index.html',
    // A static site answers the same bytes whatever the query: ?q= on the search page, Pagefind's ?ts= on
    // its entry file, ?pagefind-highlight= on a result's page all match the precached file.
    ignoreURLParametersMatching: [/./],
    navigateFallback: null,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
      },
    ],
  };
}
