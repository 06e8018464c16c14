// A Vite plugin: `import * as pagefind from 'pagefind:engine'` imports Pagefind's browser module from the
// built bundle (<base>pagefind/pagefind.js, written after the pages are built) as an external module. A
// static import, because Vite wraps every import() in its preload helper (0.9 KiB gzip); the chunks that
// import it are themselves fetched only when the search is used.
import type { Plugin } from 'vite';

export const PAGEFIND_ENGINE = 'pagefind:engine';

export default function pagefindModule(): Plugin {
  let base = '/';
  return {
    name: 'site:pagefind-module',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    resolveId(source) {
      return source === PAGEFIND_ENGINE ? { id: `${base}pagefind/pagefind.js`, external: true } : null;
    },
  };
}
