// Pure checks of references found in a build: does a URL name a file of the build, and its #fragment
// an id on that page? The links gate feeds it what a browser found in each page.
import { fileForPath } from '../../../src/lib/files.ts';

export interface Reference {
  /** The page or file the reference was found in, relative to the build. */
  from: string;
  /** What holds it, for the report, e.g. `a[href]`. */
  via: string;
  /** The absolute URL it resolves to. */
  url: string;
}

interface Target {
  file: string;
  fragment: string;
}

/**
 * The build file and fragment a URL names, `null` when it is outside the site (another origin,
 * mailto:, data:), or `undefined` when it is inside the site but names no file.
 */
function resolveReference(dist: string, url: string, siteBases: string[]): Target | null | undefined {
  if (!/^https?:/.test(url)) return null;
  const base = siteBases.find((b) => url.startsWith(b));
  if (!base) return null;
  const parsed = new URL(url);
  const path = parsed.pathname.slice(new URL(base).pathname.length);
  const file = fileForPath(dist, path);
  return file === undefined ? undefined : { file, fragment: decodeURIComponent(parsed.hash.slice(1)) };
}

/** Problems with references, given the ids each page holds; one line each. */
export function checkReferences(
  dist: string,
  references: Reference[],
  idsByFile: Map<string, Set<string>>,
  siteBases: string[],
): string[] {
  const problems: string[] = [];
  for (const ref of references) {
    const target = resolveReference(dist, ref.url, siteBases);
    if (target === null) continue;
    if (target === undefined) {
      problems.push(`${ref.from}: ${ref.via} ${ref.url} names no file of the build`);
      continue;
    }
    if (!target.fragment || target.fragment === 'top') continue;
    const ids = idsByFile.get(target.file);
    if (!ids) problems.push(`${ref.from}: ${ref.via} ${ref.url}: #fragment into ${target.file}, which is not a page`);
    else if (!ids.has(target.fragment))
      problems.push(`${ref.from}: ${ref.via} ${ref.url}: no id "${target.fragment}" in ${target.file}`);
  }
  return problems;
}

/** The url(...) references of a stylesheet, as written. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((m) => m[2] ?? '')
    .filter((u) => u && !u.startsWith('data:') && !u.startsWith('#'));
}
