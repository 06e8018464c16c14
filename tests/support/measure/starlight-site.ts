// The same synthetic chapters as a Starlight site, for `npm run bench:starlight`: Starlight (and its Pagefind
// search) installed from the npm registry into a folder of its own under the system's temporary folder, by
// its own `npm install`: never a dependency of this site. Same titles, descriptions and bodies; Arabic, RTL.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../../src/tools/root.ts';

/** The Starlight release measured against, and the Astro it builds with (the site's own). */
const STARLIGHT = '0.42.4';
const astroVersion =
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
    .devDependencies.astro ?? '';

/** Where the Starlight project lives; reused from run to run while its versions are the same. */
export const STARLIGHT_DIR = join(tmpdir(), 'site-bench-starlight');

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({
    title: 'أردوغان في كازاخستان',
    defaultLocale: 'root',
    locales: { root: { label: 'العربية', lang: 'ar', dir: 'rtl' } },
  })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Install Starlight into its folder with npm, unless that exact install is there already. */
export function installStarlight(): void {
  const manifest = {
    name: 'site-bench-starlight',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': STARLIGHT, astro: astroVersion },
  };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const file = join(STARLIGHT_DIR, 'package.json');
  if (
    existsSync(file) &&
    readFileSync(file, 'utf8') === text &&
    existsSync(join(STARLIGHT_DIR, 'node_modules/.bin/astro'))
  )
    return;
  rmSync(STARLIGHT_DIR, { recursive: true, force: true });
  mkdirSync(STARLIGHT_DIR, { recursive: true });
  writeFileSync(file, text);
  console.log(`installing @astrojs/starlight ${STARLIGHT} (astro ${astroVersion}) into ${STARLIGHT_DIR}…`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: STARLIGHT_DIR, stdio: 'inherit' });
  if (npm.status !== 0) throw new Error(`npm install in ${STARLIGHT_DIR} failed`);
}

/** A synthetic chapter's MDX as a Starlight page: its title and description kept, its order as the sidebar's. */
function asStarlightPage(mdx: string): string {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  const keep = front.split('\n').filter((line) => /^(title|description):/.test(line));
  const order = /^order: (\d+)$/m.exec(front)?.[1] ?? '0';
  return `---\n${keep.join('\n')}\nsidebar:\n  order: ${order}\n---\n${body}`;
}

/** Write the chapters of `chaptersDir` (tests/support/measure/synthetic.ts) as the Starlight site's pages. */
export function writeStarlightPages(chaptersDir: string): void {
  const docs = join(STARLIGHT_DIR, 'src/content/docs');
  rmSync(join(STARLIGHT_DIR, 'src'), { recursive: true, force: true });
  rmSync(join(STARLIGHT_DIR, 'node_modules/.astro'), { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(STARLIGHT_DIR, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(STARLIGHT_DIR, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: أردوغان في كازاخستان\n---\n\nالفصول في الشريط الجانبي.\n');
  for (const name of readdirSync(chaptersDir).filter((f) => f.endsWith('.mdx')))
    writeFileSync(join(docs, name), asStarlightPage(readFileSync(join(chaptersDir, name), 'utf8')));
}
