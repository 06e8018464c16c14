// Walking a folder, the one way: the build steps, the command-line tools, the tests and the benchmarks all
// start from the sorted list of files under a folder.
import { readdirSync } from 'node:fs';
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
