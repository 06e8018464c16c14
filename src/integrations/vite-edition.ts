// A Vite plugin: `import { serviceWorker } from 'virtual:site/edition'` gives the browser code what the build's
// edition has (lib/edition.ts) as constants. Browser code cannot read the environment the edition is decided from,
// so the build hands it the answer, and code an edition lacks is left out of its bundle. The dev server has no
// service worker: the build writes sw.js.
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
    resolveId: (source) => (source === EDITION ? RESOLVED : null),
    load: (id) =>
      id === RESOLVED ? `export const serviceWorker = ${JSON.stringify(build && edition.offlineReading)};` : null,
  };
}
