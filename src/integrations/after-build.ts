// After Astro has written the pages, one pipeline over the built files, in order. What the build's edition has
// (lib/edition.ts) picks the steps, here and nowhere else: the web edition gets the search index, module preloads,
// the service worker (it must see every file, the index included), the hosts' rules and the gzipped copies; the
// disk edition gets the index and is then made readable from file://.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { edition } from '../lib/edition.ts';
import { releaseMemory } from './release-memory.ts';
import { hostHeaders } from './steps/headers.ts';
import { indexSearch } from './steps/index-search.ts';
import { modulePreloads } from './steps/module-preloads.ts';
import { precompress } from './steps/precompress.ts';
import { readableFromDisk } from './steps/readable-from-disk.ts';
import { serviceWorker } from './steps/service-worker.ts';
import type { BuildStep } from './steps/step.ts';

/** This edition's steps, in the order they run. */
const steps: BuildStep[] = [
  indexSearch,
  ...(edition.modulePreloads ? [modulePreloads] : []),
  ...(edition.offlineReading ? [serviceWorker] : []),
  ...(edition.hostFiles ? [hostHeaders, precompress] : []),
  ...(edition.readableFromDisk ? [readableFromDisk] : []),
];

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

export default function afterBuild(): AstroIntegration {
  return {
    name: 'site:after-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // What the rendering left behind, given back before the index step starts Pagefind's process.
        const started = performance.now();
        const before = process.memoryUsage.rss();
        releaseMemory();
        logger.info(
          `memory released: ${mib(before - process.memoryUsage.rss())} (${mib(process.memoryUsage.rss())} kept), ` +
            `in ${((performance.now() - started) / 1000).toFixed(2)} s`,
        );
        for (const step of steps) {
          const started = performance.now();
          const cpu = process.cpuUsage();
          const stepLogger = logger.fork(`site:${step.name}`);
          await step.run({ outDir, logger: stepLogger });
          // Each step's time, so a slow build says where its time went (CPU: this process's, not its children's).
          const { user, system } = process.cpuUsage(cpu);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          stepLogger.info(`done in ${seconds} s, ${((user + system) / 1e6).toFixed(2)} s CPU`);
        }
      },
    },
  };
}
