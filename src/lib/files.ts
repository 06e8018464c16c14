// Walking a folder, the one way: the build steps, the command-line tools, the tests and the benchmarks all
// start from the sorted list of files under a folder.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a folder, relative to it, with forward slashes, sorted. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The HTML pages under a folder, relative to it. */
export function listPages(root: string): string[] {
  return listFiles(root).filter((file) => file.endsWith('.html'));
}

/** The URL path a page file is served at: `cica/index.html` -> `cica/`, `404.html` stays. */
export function pagePath(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/** The page file a URL path (relative to the base, no query) names in a built folder, or undefined if none. */
export function fileForPath(dir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile());
}
