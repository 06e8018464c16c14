// What the service worker keeps and how it answers: every page, stylesheet, font, icon and all of Pagefind,
// in one cache per build, so a reader who visited once can read and search with the network off.
import type { GenerateSWOptions, GetManifestOptions } from 'workbox-build';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withIntegrity } from './integrity.ts';
import { cacheId, PRECACHE_SUMMARY } from './precache-summary.ts';

/**
 * Every file a reader may need offline, the whole search included: Pagefind's JS and CSS, its WASM
 * (*.pagefind), entry, meta, index, filter and fragment files. One pattern, so a build without search
 * (or a file build) matches it too.
 */
export const PRECACHE_GLOBS = [
  '**/*.{html,css,js,json,webmanifest,woff2,svg,png,ico,pagefind,pf_meta,pf_index,pf_filter,pf_fragment}',
];
/** Files the worker must not hold: itself, the host's header rules, crawler files, source maps, and the
 *  precache's own summary (written once the manifest is known). */
export const PRECACHE_IGNORES = [
  'sw.js',
  'workbox-*.js',
  '_headers',
  'robots.txt',
  'sitemap.xml',
  '**/*.map',
  PRECACHE_SUMMARY,
];
/** The page answered for a navigation that is neither cached nor reachable. */
export const OFFLINE_PAGE = 'offline/index.html';

/** The files to precache in a built folder. */
export function precacheOptions(outDir: string): GetManifestOptions {
  return {
    globDirectory: outDir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: [...PRECACHE_IGNORES],
  };
}

/**
 * The worker for one build. The cache is named after the build's version, and on activation every other
 * version's cache is deleted (cleanupOutdatedCaches), so a reader never gets pages of two builds; the new
 * worker waits until the reader accepts the update notice (skipWaiting: false, it listens for SKIP_WAITING).
 * Every entry carries its file's integrity, so an install from a half-deployed host fails instead of mixing.
 */
export function serviceWorkerOptions(outDir: string, version: string): GenerateSWOptions {
  return {
    ...precacheOptions(outDir),
    manifestTransforms: [
      (entries) => ({ manifest: withIntegrity(entries, (url) => readFileSync(join(outDir, url))), warnings: [] }),
    ],
    swDest: join(outDir, 'sw.js'),
    cacheId: cacheId(version),
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
