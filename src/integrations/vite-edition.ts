// A Vite plugin: `import { serviceWorker, hostRules } from 'virtual:site/edition'` gives the browser code and the
// components what the build's edition has (lib/edition.ts) as constants. Browser code cannot read the environment the edition is decided from,
// so the build hands it the answer, and code an edition lacks is left out of its bundle. The dev server has no
// service worker (the build writes sw.js) and states no CSP (its injected styles would break it).
import type { Plugin } from 'vite';
import { edition } from '../lib/edition.ts';

const EDITION = 'virtual:site/edition';
const RESOLVED = `\0${EDITION}`;

export default function viteEdition(): Plugin {
  let build = false;
  return {
    name: 'site:edition',
    configResolved(config) {
      build = config.command === 'build';
    },
    // Filtered: Rolldown calls into JavaScript only for this module's id, not for every module.
    resolveId: {
      filter: { id: /^virtual:site\/edition$/ },
      handler: (source) => (source === EDITION ? RESOLVED : null),
    },
    load: {
      filter: { id: /^\0virtual:site\/edition$/ },
      handler: (id) =>
        id === RESOLVED
          ? [
              `export const serviceWorker = ${JSON.stringify(build && edition.offlineReading)};`,
              `export const hostRules = ${JSON.stringify(build && edition.hostFiles)};`,
            ].join('\n')
          : null,
    },
  };
}
