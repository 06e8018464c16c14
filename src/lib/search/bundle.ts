// Which files of Pagefind's bundle the site never loads: its three UIs (the site draws its own over
// pagefind.js), its highlight script (the site marks whole words itself: scripts/search/highlight.ts) and the WASM of languages the index has not. The index step removes them from the build.

/** Pagefind's UI files and highlight script, by name inside the bundle folder. */
const UNUSED_UIS = [
  'pagefind-highlight.js',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
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

/** Of a build's files (relative paths), those of the bundle no page loads. */
export function unusedBundleFiles(files: readonly string[], entry: PagefindEntry): string[] {
  const uis = new Set(UNUSED_UIS.map((f) => `pagefind/${f}`));
  return [...files.filter((f) => uis.has(f)), ...unusedWasm(files, entry)];
}
