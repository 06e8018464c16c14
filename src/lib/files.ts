// Walking a folder, the one way: the build steps, the command-line tools, the tests and the benchmarks all
// start from the sorted list of files under a folder.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageFile } from './urls.ts';

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

/** The page file a URL path (relative to the base, no query) names in a built folder, or undefined if none. */
export function fileForPath(dir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\/+/, '');
  // The path as it is, and as a folder: `cica` may name a file or the folder cica/.
  const folder = clean === '' || clean.endsWith('/') ? clean : `${clean}/`;
  return [...new Set([pageFile(clean), pageFile(folder)])].find(
    (c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile(),
  );
}
