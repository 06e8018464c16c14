// What the service worker keeps, in two parts: the core, fetched on a first visit whatever the size of the site
// (bounded: none of it grows with the chapters), and the whole site, kept only while it is small or when the
// reader asks. Pure: the build step (integrations/steps/service-worker.ts) and the tests read it.

/** Every kind of file a reader may need offline, the whole search included (Pagefind's WASM, meta, index,
 *  filter and fragment files). */
const KEPT = /\.(html|css|js|json|webmanifest|woff2|svg|png|ico|pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/;

/** The list of every kept file (with its integrity), fetched by the worker only when it saves the whole site. */
export const FILE_LIST = 'offline-reading/files.json';

/** The page answered for a navigation that is neither cached nor reachable. */
export const OFFLINE_PAGE = 'offline/index.html';

/** Files the worker must not hold: itself, the host's rules, crawler files, source maps, its own lists. */
const IGNORED = /^(sw\.js|_headers|robots\.txt|sitemap\.xml|offline-reading\/(precache|files)\.json)$|\.map$/;

/**
 * The core: the shell's CSS and scripts, the fonts, the manifest and icon, the search engine (its code and
 * WASM, not its index), and the offline page. Each pattern names code or a fixed page, never a chapter, so the
 * core is as large at 1,000 chapters as at 4; the worker adds the pages open when it installs.
 */
const CORE = [
  /^_astro\/[^/]+\.(css|js|woff2)$/,
  /^manifest\.webmanifest$/,
  /^app-icons\/icon\.svg$/,
  /^pagefind\/(pagefind|pagefind-worker)\.js$/,
  /^pagefind\/wasm\.[a-z-]+\.pagefind$/,
  /^pagefind\/pagefind-entry\.json$/,
  new RegExp(`^${OFFLINE_PAGE.replace('.', '\\.')}$`),
];

/** The core's bound on the wire: the build stops beyond it (its files do not grow with the chapters). */
export const CORE_LIMIT = 256 * 1024;

/** The whole site is saved without asking only while it weighs at most this on the wire (and never under
 *  Save-Data); beyond it the reader asks on /offline-reading/, which gives the size. */
export const AUTO_SAVE_LIMIT = 1024 * 1024;

/** Whether a built file (relative path) is kept for offline reading. */
export const isKept = (file: string): boolean => KEPT.test(file) && !IGNORED.test(file);

/** Whether a kept file belongs to the core. */
export const isCore = (file: string): boolean => CORE.some((re) => re.test(file));
