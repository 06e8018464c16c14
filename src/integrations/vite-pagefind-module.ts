// A Vite plugin: `import * as pagefind from 'pagefind:engine'` imports Pagefind's browser module from the
// built bundle (pagefind/pagefind.js, written after the pages are built) as an external module. A static
// import, because Vite wraps every import() in its preload helper (0.9 KiB gzip); the chunks that import it
// are themselves fetched only when the search is used. Built chunks import it by a path relative to
// themselves, so one build works under any base path and from the disk edition's folder served anywhere.
import { dirname, posix } from 'node:path';
import type { Plugin } from 'vite';

const PAGEFIND_ENGINE = 'pagefind:engine';
/** Where Pagefind writes its module, relative to the site's root. */
const ENGINE_FILE = 'pagefind/pagefind.js';
const PLACEHOLDER = '__SITE_PAGEFIND_ENGINE__';

/** The specifier a chunk at `chunkFile` (relative to the site's root) imports the engine by. */
export function engineSpecifier(chunkFile: string): string {
  const path = posix.relative(dirname(chunkFile), ENGINE_FILE);
  return path.startsWith('.') ? path : `./${path}`;
}

export default function pagefindModule(): Plugin {
  let serving = false;
  let base = '/';
  return {
    name: 'site:pagefind-module',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    resolveId(source) {
      if (source !== PAGEFIND_ENGINE) return null;
      // The dev server serves a built bundle, if any, from the base path.
      return { id: serving ? `${base}${ENGINE_FILE}` : PLACEHOLDER, external: true };
    },
    renderChunk(code, chunk) {
      if (!code.includes(PLACEHOLDER)) return null;
      return { code: code.replaceAll(PLACEHOLDER, engineSpecifier(chunk.fileName)), map: null };
    },
  };
}
