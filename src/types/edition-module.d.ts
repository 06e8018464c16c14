// `import { serviceWorker } from 'virtual:site/edition'`: what the build's edition has, for the browser code
// (integrations/vite-edition.ts, from lib/edition.ts).
declare module 'virtual:site/edition' {
  /** Whether pages register the service worker: an edition with offline reading, in a build (not the dev server). */
  export const serviceWorker: boolean;
  /** Whether the build writes the hosts' rules, so pages state the same CSP in a <meta>: web builds only. */
  export const hostRules: boolean;
}
