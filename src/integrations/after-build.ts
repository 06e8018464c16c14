// After Astro has written the pages, one pipeline over the built files, in order. What the build's edition has
// (lib/edition.ts) picks the steps, here and nowhere else: the web edition gets the search index, module preloads,
// the service worker (it must see every file, the index included), the hosts' rules and the gzipped copies; the
// disk edition gets the index and is then made readable from file://. Memory the build no longer uses is given
// back between its phases (release-memory.ts).
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
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

/**
 * Give back what the build no longer uses (release-memory.ts), and say how much. Each phase of a build at scale
 * (Vite's bundling, the rendering, Pagefind's process) stands on the memory the one before left: released
 * between them, the build's peak is lower (issue 24).
 */
function release(logger: AstroIntegrationLogger, when: string): void {
  const started = performance.now();
  const before = process.memoryUsage.rss();
  releaseMemory();
  const after = process.memoryUsage.rss();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  logger.info(`memory released ${when}: ${mib(before - after)} (${mib(after)} kept), in ${seconds} s`);
}

export default function afterBuild(): AstroIntegration {
  return {
    name: 'site:after-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site:release-memory',
                // After Vite has bundled the pages and before Astro renders them (its own buildApp hook, enforced
                // 'post', runs after this one).
                buildApp: {
                  order: 'post',
                  // Vite's type asks for a promise.
                  handler: () => Promise.resolve(release(logger, 'before rendering')),
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // What the rendering left behind, given back before the index step starts Pagefind's process.
        release(logger, 'before the steps');
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
