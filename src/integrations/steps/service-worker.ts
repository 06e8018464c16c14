// The service worker that precaches the whole built site, versioned by its files. After every step that
// writes or changes a file a reader fetches (it must see them as they end up). Web builds only: browsers run
// no service worker from file://.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateSW, getManifest } from 'workbox-build';
import { buildVersion } from '../../lib/offline/build-version.ts';
import { precacheOptions, serviceWorkerOptions } from '../../lib/offline/service-worker-config.ts';
import { PRECACHE_SUMMARY, precacheSummary } from '../../lib/offline/precache-summary.ts';
import { servedFileBytes } from '../../lib/offline/served-bytes.ts';
import type { BuildStep } from './step.ts';

export const serviceWorker: BuildStep = {
  name: 'service-worker',
  async run({ outDir, logger }) {
    const { manifestEntries } = await getManifest(precacheOptions(outDir));
    const version = buildVersion(manifestEntries);
    const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir, version));
    for (const warning of warnings) logger.warn(warning);
    const summary = precacheSummary(
      version,
      manifestEntries.map((entry) => servedFileBytes(join(outDir, entry.url))),
      servedFileBytes(join(outDir, 'sw.js')),
    );
    const summaryPath = join(outDir, PRECACHE_SUMMARY);
    mkdirSync(dirname(summaryPath), { recursive: true });
    writeFileSync(summaryPath, `${JSON.stringify(summary)}\n`);
    logger.info(
      `sw.js precaches ${count} files, ${size} bytes (${(size / 1024).toFixed(1)} KiB), version ${version}; ${summary.bytes} bytes on the wire`,
    );
  },
};
