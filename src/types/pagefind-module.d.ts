// `import * as pagefind from 'pagefind:engine'`: Pagefind's browser module from the built bundle
// (integrations/vite-pagefind-module.ts); only the parts the site calls.
declare module 'pagefind:engine' {
  import type { SearchFn } from '../scripts/search/types.ts';
  export function init(): Promise<void>;
  export const search: SearchFn;
}
