// Build step (after Pagefind): the service worker that precaches the whole built site, versioned by its files.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';
import { site } from '../site.ts';
import { buildVersion } from '../lib/offline/build-version.ts';
import { precacheOptions, serviceWorkerOptions } from '../lib/offline/service-worker-config.ts';

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'site:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Browsers run no service worker from file://; the file build goes without.
        if (site.target === 'file') return;
        const outDir = fileURLToPath(dir);
        const { manifestEntries } = await getManifest(precacheOptions(outDir));
        const version = buildVersion(manifestEntries);
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir, version));
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `sw.js precaches ${count} files, ${size} bytes (${(size / 1024).toFixed(1)} KiB), version ${version}`,
        );
      },
    },
  };
}
