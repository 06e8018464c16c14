// Every gate reads the same production build: `dist/` from `npm run build` (or GATE_DIST), built here if absent.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** The folder the gates check; a host would upload this folder as is. */
export const GATE_DIST = resolve(ROOT, process.env.GATE_DIST ?? 'dist');

/** Build the site into `outDir` the way `npm run build` does, with extra environment if given. */
export function build(outDir: string, env: Record<string, string> = {}): void {
  execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: outDir, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The production build to check: reuse it when present, so CI builds once. */
export function ensureBuilt(dir: string = GATE_DIST): string {
  if (!existsSync(join(dir, 'index.html'))) {
    console.log(`no build in ${relative(ROOT, dir)}/: building it`);
    build(dir);
  }
  return dir;
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else out.push(rel.split(sep).join('/'));
    }
  };
  walk('');
  return out;
}

/** The HTML pages of a build, as file paths relative to it. */
export function listPages(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

/** The URL path a page file is served at: `cica/index.html` -> `cica/`, `404.html` stays. */
export function pagePath(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/** The page file a URL path (relative to the base, no query) names, or undefined if none. */
export function fileForPath(dir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile());
}
