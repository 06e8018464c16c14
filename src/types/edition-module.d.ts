// `import { serviceWorker } from 'virtual:site/edition'`: what the build's edition has, for the browser code
// (integrations/vite-edition.ts, from lib/edition.ts).
declare module 'virtual:site/edition' {
  /** Whether pages register the service worker: an edition with offline reading, in a build (not the dev server). */
  export const serviceWorker: boolean;
}
