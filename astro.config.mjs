// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/site.ts';
import fonts from './src/integrations/fonts.ts';
import checkChapters from './src/integrations/check-chapters.ts';
import pagefind from './src/integrations/pagefind.ts';

// The data path, in build order: fonts subset, chapters checked against the article, pages rendered,
// then the search index built from the rendered pages.
export default defineConfig({
  ...(site.siteUrl ? { site: site.siteUrl } : {}),
  base: site.base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [fonts(), checkChapters(), mdx(), pagefind()],
  vite: { plugins: [tailwindcss()] },
});
