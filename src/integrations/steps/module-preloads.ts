// Each page announces, in its head, the modules its scripts import (lib/html/module-preload.ts), so the
// search page fetches its engine and Pagefind's module at once. After the index (pagefind.js must be there),
// before the service worker (which precaches the pages as they end up). Web builds only: from file:// the
// browser refuses module preloads, and the file build parks module scripts anyway.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../site.ts';
import { listPages } from '../../lib/files.ts';
import { addModulePreloads } from '../../lib/html/module-preload.ts';
import type { BuildStep } from './step.ts';

export const modulePreloads: BuildStep = {
  name: 'module-preloads',
  run({ outDir, logger }) {
    // A URL path under the base, to the file it names in the build; undefined when there is none.
    const read = (path: string): string | undefined => {
      if (!path.startsWith(site.base)) return undefined;
      const file = join(outDir, path.slice(site.base.length));
      return path.endsWith('.js') && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    };
    let pages = 0;
    for (const page of listPages(outDir)) {
      const html = readFileSync(join(outDir, page), 'utf8');
      const next = addModulePreloads(html, read);
      if (next === html) continue;
      writeFileSync(join(outDir, page), next);
      pages++;
    }
    logger.info(`module preloads added to ${pages} page(s)`);
  },
};
