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
const DEV_ENGINE = '\0site:pagefind-engine-dev';

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
    // The hooks are filtered: Rolldown calls into JavaScript only for the ids they answer, not for every module.
    resolveId: {
      filter: { id: /^pagefind:engine$/ },
      handler(source) {
        if (source !== PAGEFIND_ENGINE) return null;
        return serving ? DEV_ENGINE : { id: PLACEHOLDER, external: true };
      },
    },
    // The dev server's index (integrations/dev-search.ts), loaded on first use; a dynamic import by URL, which
    // Vite's dependency scan leaves alone (a static one it tries, and fails, to read from disk).
    load: {
      filter: { id: /^\0site:pagefind-engine-dev$/ },
      handler(id) {
        if (id !== DEV_ENGINE) return null;
        return [
          `const url = ${JSON.stringify(`${base}${ENGINE_FILE}`)};`,
          'let engine;',
          'const load = () => (engine ??= import(/* @vite-ignore */ url));',
          'export const init = async () => (await load()).init();',
          'export const search = async (...args) => (await load()).search(...args);',
        ].join('\n');
      },
    },
    // Rolldown hands JavaScript only the chunks that import the engine, not every page's chunk.
    renderChunk: {
      filter: { code: PLACEHOLDER },
      handler(code, chunk) {
        if (!code.includes(PLACEHOLDER)) return null;
        return { code: code.replaceAll(PLACEHOLDER, engineSpecifier(chunk.fileName)), map: null };
      },
    },
  };
}
