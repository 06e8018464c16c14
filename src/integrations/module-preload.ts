// Build step: each page announces, in its head, the modules its scripts import (lib/html/module-preload.ts),
// so the search page fetches its engine and Pagefind's module at once. After Pagefind (pagefind.js must be
// there), before the service worker (which precaches the pages as they end up). Web builds only: from
// file:// the browser refuses module preloads, and the file build parks module scripts anyway.
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../site.ts';
import { listFiles } from '../lib/files.ts';
import { addModulePreloads } from '../lib/html/module-preload.ts';

export default function modulePreload(): AstroIntegration {
  return {
    name: 'site:module-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (site.target === 'file') return;
        const outDir = fileURLToPath(dir);
        // A URL path under the base, to the file it names in the build; undefined when there is none.
        const read = (path: string): string | undefined => {
          if (!path.startsWith(site.base)) return undefined;
          const file = join(outDir, path.slice(site.base.length));
          return path.endsWith('.js') && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        };
        let pages = 0;
        for (const page of listFiles(outDir).filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(join(outDir, page), 'utf8');
          const next = addModulePreloads(html, read);
          if (next === html) continue;
          writeFileSync(join(outDir, page), next);
          pages++;
        }
        logger.info(`module preloads added to ${pages} page(s)`);
      },
    },
  };
}
