// Build step 0: subset the Arabic webfont to the glyphs the site uses (plus the basic Arabic set), each face with
// its own internal names (lib/fonts/faces.ts), before Vite runs, and expose the files under the `~fonts/` alias so
// CSS can reference them and Vite hashes them like any other asset.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { glyphText } from '../lib/fonts/glyphs.ts';
import { listFiles } from '../lib/files.ts';
import { FACES } from '../lib/fonts/faces.ts';
import { FONT_CACHE } from '../lib/fonts/files.ts';

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

/** The subset fonts for `text`, made in a worker thread (integrations/subset-fonts-worker.ts says why). */
function subsetInWorker(fontDir: string, text: string): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./subset-fonts-worker.ts', import.meta.url), { workerData: { fontDir, text } });
    worker.once('message', (subsets: Uint8Array[]) => resolve(subsets));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`font subsetting exited with ${code}`)));
  });
}

/** What the subset fonts are made from: the characters, the fonts' files and the subsetter's version. */
function fontsStamp(fontDir: string, text: string, require: NodeJS.Require): string {
  const hash = createHash('sha256').update(text);
  for (const { from } of FACES) hash.update(readFileSync(join(fontDir, from)));
  // The faces' names and the tools that subset, rename and compress them.
  hash.update(JSON.stringify(FACES));
  for (const tool of ['subset-font', 'fontverter']) hash.update(readFileSync(require.resolve(`${tool}/package.json`)));
  return hash.digest('hex');
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
        // Made again only when what they are made from changed: a build with the same text reuses them.
        const stamp = fontsStamp(fontDir, text, require);
        const stampFile = join(outDir, 'stamp.txt');
        const made = FACES.every(({ out }) => existsSync(join(outDir, out)));
        if (made && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
          logger.info(`${FACES.length} subset font files unchanged (${Array.from(text).length} characters)`);
        } else {
          const subsets = await subsetInWorker(fontDir, text);
          FACES.forEach(({ out }, i) => writeUnlessSame(join(outDir, out), subsets[i] ?? new Uint8Array()));
          writeUnlessSame(stampFile, new TextEncoder().encode(stamp));
          const total = subsets.reduce((sum, subset) => sum + subset.length, 0);
          logger.info(`subset ${FACES.length} font files to ${Array.from(text).length} characters: ${total} bytes`);
        }
        updateConfig({ vite: { resolve: { alias: { '~fonts': outDir } } } });
      },
    },
  };
}
