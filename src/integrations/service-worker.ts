// Build step (after Pagefind): the service worker that precaches the whole built site, versioned by its files.
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';
import { site } from '../site.ts';
import { buildVersion } from '../lib/offline/build-version.ts';
import { listFiles } from '../lib/files.ts';
import {
  precacheOptions,
  serviceWorkerOptions,
  unusedWasm,
  type PagefindEntry,
} from '../lib/offline/service-worker-config.ts';

/** Pagefind's WASM files that this build's index never loads (none when there is no index). */
function skippedWasm(outDir: string): string[] {
  const entry = join(outDir, 'pagefind/pagefind-entry.json');
  if (!existsSync(entry)) return [];
  return unusedWasm(listFiles(outDir), JSON.parse(readFileSync(entry, 'utf8')) as PagefindEntry);
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'site:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Browsers run no service worker from file://; the file build goes without.
        if (site.target === 'file') return;
        const outDir = fileURLToPath(dir);
        const skip = skippedWasm(outDir);
        const { manifestEntries } = await getManifest(precacheOptions(outDir, skip));
        const version = buildVersion(manifestEntries);
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir, version, skip));
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `sw.js precaches ${count} files, ${size} bytes (${(size / 1024).toFixed(1)} KiB), version ${version}`,
        );
      },
    },
  };
}
