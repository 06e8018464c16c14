// `import * as pagefind from 'pagefind:engine'`: Pagefind's browser module from the built bundle
// (integrations/vite-pagefind-module.ts); only the parts the site calls.
declare module 'pagefind:engine' {
  export function init(): Promise<void>;
  export const search: import('../scripts/search/types.ts').SearchFn;
}
