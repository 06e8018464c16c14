// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/site.ts';
import fonts from './src/integrations/fonts.ts';
import checkChapters from './src/integrations/check-chapters.ts';
import pagefind from './src/integrations/pagefind.ts';
import modulePreload from './src/integrations/module-preload.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import headers from './src/integrations/headers.ts';
import fileBuild from './src/integrations/file-build.ts';
import lazyUrl from './src/integrations/lazy-url.ts';
import pagefindModule from './src/integrations/pagefind-module.ts';

// The data path, in build order: fonts subset, chapters checked against the article, pages rendered; then,
// after the build, from the built files: the search index, module preloads in the pages, the service worker
// (it must see every file, the index included), the host's _headers; or, for `npm run build:offline`, the folder made readable from disk.
export default defineConfig({
  ...(site.siteUrl ? { site: site.siteUrl } : {}),
  base: site.base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // The CSP allows no inline script or style except the hashed theme script: Astro must never inline a
  // small script or stylesheet (it does below Vite's assetsInlineLimit, 4 KiB, by default).
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [fonts(), checkChapters(), mdx(), pagefind(), modulePreload(), serviceWorker(), headers(), fileBuild()],
  vite: {
    plugins: [tailwindcss(), lazyUrl(), pagefindModule()],
    build: { assetsInlineLimit: 0 },
    // Web builds read offline through a service worker; the file build has none to register.
    define: { 'import.meta.env.SITE_SERVICE_WORKER': JSON.stringify(site.target === 'web') },
  },
});
