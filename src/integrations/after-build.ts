// After Astro has written the pages, one pipeline over the built files, in order. The build's target decides
// the list here, once: a web host gets the search index, module preloads, the service worker (it must see
// every file, the index included), the hosts' rules and the gzipped copies; the disk edition gets the index
// and is then made readable from file://.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { site, type SiteTarget } from '../site.ts';
import { hostHeaders } from './steps/headers.ts';
import { indexSearch } from './steps/index-search.ts';
import { modulePreloads } from './steps/module-preloads.ts';
import { precompress } from './steps/precompress.ts';
import { readableFromDisk } from './steps/file-build.ts';
import { serviceWorker } from './steps/service-worker.ts';
import type { BuildStep } from './steps/step.ts';

/** The steps for a build target, in the order they run. */
function stepsFor(target: SiteTarget): BuildStep[] {
  return target === 'web'
    ? [indexSearch, modulePreloads, serviceWorker, hostHeaders, precompress]
    : [indexSearch, readableFromDisk];
}

export default function afterBuild(): AstroIntegration {
  return {
    name: 'site:after-build',
    hooks: {
      // The pages register the service worker this pipeline writes, and state the CSP its host rules send: only
      // web builds have them (never the dev server).
      'astro:config:setup': ({ command, updateConfig }) => {
        const has = (step: BuildStep) => command === 'build' && stepsFor(site.target).includes(step);
        const define = {
          'import.meta.env.SITE_SERVICE_WORKER': JSON.stringify(has(serviceWorker)),
          'import.meta.env.SITE_HOST_RULES': JSON.stringify(has(hostHeaders)),
        };
        updateConfig({ vite: { define } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const step of stepsFor(site.target)) await step.run({ outDir, logger: logger.fork(`site:${step.name}`) });
      },
    },
  };
}
