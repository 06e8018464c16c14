// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/site.ts';
import fonts from './src/integrations/fonts.ts';
import checkChapters from './src/integrations/check-chapters.ts';
import checkData from './src/integrations/check-data.ts';
import afterBuild from './src/integrations/after-build.ts';
import devServer from './src/integrations/dev-server.ts';
import editionRoutes from './src/integrations/edition-routes.ts';
import viteEdition from './src/integrations/vite-edition.ts';
import viteLazyUrl from './src/integrations/vite-lazy-url.ts';
import vitePagefindModule from './src/integrations/vite-pagefind-module.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphIds } from './src/integrations/hast-paragraphs.ts';
import { parseArticle } from './src/lib/article/parse.ts';
import { readFileSync } from 'node:fs';

// The source article, parsed once: the chapter check (in a build and in the dev server), the data check and the
// paragraph ids read it.
const article = parseArticle(readFileSync(new URL(site.source.file, import.meta.url), 'utf8'));

// The data path, in build order: fonts subset, chapters and data checked against the article, pages rendered (MDX);
// then one pipeline over the built files (src/integrations/after-build.ts lists its steps for each edition).
export default defineConfig({
  ...(site.siteUrl ? { site: site.siteUrl } : {}),
  base: site.base,
  outDir: site.build.outDir ?? './dist',
  ...(site.build.cacheDir ? { cacheDir: site.build.cacheDir } : {}),
  trailingSlash: 'always',
  // The CSP allows no inline script or style except the hashed theme script: Astro must never inline a
  // small script or stylesheet (it does below Vite's assetsInlineLimit, 4 KiB, by default).
  // Four pages render at once: while one waits for its file to be written, the others render (at 1,000 chapters
  // the rendering takes about 3.2 s instead of 4.6; issue 24). The output does not depend on their order.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  // Paragraph ids and Latin runs are set on the syntax tree while the chapters compile.
  markdown: { processor: satteri({ hastPlugins: [paragraphIds(article)] }) },
  devToolbar: { enabled: false },
  integrations: [
    fonts(),
    checkChapters(article),
    checkData(article),
    mdx(),
    editionRoutes(),
    afterBuild(),
    devServer(article),
  ],
  vite: {
    plugins: [tailwindcss(), viteEdition(), viteLazyUrl(), vitePagefindModule()],
    // The editorial data of content/ (the names the search resolves) reaches the browser as a plain literal, not
    // as a JSON.parse() of a string, which Vite does to JSON over 10 kB and which costs the search chunk bytes.
    json: { stringify: false },
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // The chapters' compiled modules (the only MDX) go in one chunk, not one each: at 1,000 chapters Vite bundles
        // in 2.5 s instead of 4 and the rendering imports one module instead of a thousand; the pages are the same
        // byte for byte (issue 24).
        output: { codeSplitting: { groups: [{ name: 'chapters', test: /\.mdx($|\?)/ }] } },
        // Astro's own MDX modules start with a directive Rolldown warns about on every build: harmless and known
        // upstream (withastro/astro#18087). Only that warning is dropped; every other one is printed.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
