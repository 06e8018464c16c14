// Build step 0: subset the Arabic webfont to the glyphs the site uses (plus the basic Arabic set), each face with
// its own internal names (lib/fonts/faces.ts), before Vite runs, and expose the files under the `~fonts/` alias so
// CSS can reference them and Vite hashes them like any other asset.
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glyphText } from '../lib/fonts/glyphs.ts';
import { listFiles } from '../lib/files.ts';
import { FACES } from '../lib/fonts/faces.ts';
import { FONT_CACHE } from '../lib/fonts/files.ts';
import { subsetFace } from '../lib/fonts/subset.ts';

/** Every text file the site's visible text can come from. */
function collectTexts(root: string): string[] {
  return ['content', 'src'].flatMap((folder) =>
    listFiles(join(root, folder))
      .filter((file) => /\.(astro|ts|mdx|md|txt|json)$/.test(file))
      .map((file) => readFileSync(join(root, folder, file), 'utf8')),
  );
}

/** Write `bytes` unless the file already holds them, and never leave a half-written file where another build
 *  running side by side (the tests run several) could read it: write beside it, then rename. */
function writeUnlessSame(file: string, bytes: Uint8Array): void {
  if (existsSync(file) && Buffer.from(bytes).equals(readFileSync(file))) return;
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
}

export default function fonts(): AstroIntegration {
  return {
    name: 'site:fonts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const outDir = join(root, FONT_CACHE);
        mkdirSync(outDir, { recursive: true });
        const require = createRequire(import.meta.url);
        const fontDir = join(dirname(require.resolve('@fontsource/noto-naskh-arabic/package.json')), 'files');
        const text = glyphText(collectTexts(root));
        let total = 0;
        for (const face of FACES) {
          const subset = await subsetFace(readFileSync(join(fontDir, face.from)), text, face);
          writeUnlessSame(join(outDir, face.out), subset);
          total += subset.length;
        }
        logger.info(`subset ${FACES.length} font files to ${Array.from(text).length} characters: ${total} bytes`);
        updateConfig({ vite: { resolve: { alias: { '~fonts': outDir } } } });
      },
    },
  };
}
