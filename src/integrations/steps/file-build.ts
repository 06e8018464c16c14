// For `npm run build:offline` only: make the built folder read from disk (file://). Root-relative URLs
// become relative ones ending in index.html, module scripts (refused from file://) are parked, and the small
// classic script that explains why search is unavailable on disk (and restarts them over http) is copied in.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativizeCss, relativizeHtml, parkModuleScripts } from '../../lib/offline/relative-urls.ts';
import { listFiles } from '../../lib/files.ts';
import type { BuildStep } from './step.ts';

/** The notice script's name in the built folder; FileMode.astro points at it. */
const FILE_MODE_SCRIPT = 'file-mode.js';
/** What only a web host uses: the offline pages (service worker), the manifest, the crawler files. */
const WEB_ONLY = ['offline', 'offline-reading', 'manifest.webmanifest', 'robots.txt', 'sitemap.xml'];

export const readableFromDisk: BuildStep = {
  name: 'file-build',
  run({ outDir, logger }) {
    for (const name of WEB_ONLY) rmSync(join(outDir, name), { recursive: true, force: true });
    let rewritten = 0;
    for (const file of listFiles(outDir)) {
      const path = join(outDir, file);
      if (file.endsWith('.html')) {
        writeFileSync(path, parkModuleScripts(relativizeHtml(readFileSync(path, 'utf8'), file)));
        rewritten++;
      } else if (file.endsWith('.css')) {
        writeFileSync(path, relativizeCss(readFileSync(path, 'utf8'), file));
        rewritten++;
      }
    }
    copyFileSync(fileURLToPath(new URL('../../scripts/file-mode.js', import.meta.url)), join(outDir, FILE_MODE_SCRIPT));
    logger.info(`made ${rewritten} files relative for reading from disk`);
  },
};
