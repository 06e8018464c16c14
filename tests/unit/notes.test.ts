// The Markdown files of the repository (the README and the notes beside the code) name only what is there.
// Every *.md file outside the folders .gitignore ignores (node_modules/, the dist*/ builds, …) is read, and every
// path it names must exist. The rule the notes are written to:
// - A path is a word in backticks (inline code, or a word of a fenced block) made of letters, digits and `_.-/`,
//   that ends in `/` (a folder: `src/lib/`) or in an extension some file of the repository has (`parse.ts`,
//   `content/source/article.txt`); or the target of a relative Markdown link.
// - It is looked for in the note's own folder, then at the repository root, then in src/ (`lib/urls.ts`). A bare
//   file name found in none of them may be beside the last path with a folder named before it (in it, when that
//   path is a folder), as prose lists files: `tests/unit/headers.test.ts`, `relative-urls.test.ts`. A link is
//   resolved from the note's folder only, as a Markdown viewer does.
// - Not paths: site paths and URLs (a leading `/`, or a `:`), a package's files (the first part is a dependency of
//   package.json: `axe-core/axe.min.js`), and build output (anything .gitignore ignores: `dist/sw.js`,
//   `tests/gates/results/size.json`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/tools/root.ts';

/** .gitignore's patterns as tests on a path relative to the root (no negations in this project's file). */
const ignored: ((path: string) => boolean)[] = readFileSync(join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((pattern) => {
    const bare = pattern.replace(/\/$/, '');
    const anchored = bare.includes('/');
    const body = bare
      .replace(/^\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*');
    const re = new RegExp(`${anchored ? '^' : '(^|/)'}${body}(/|$)`);
    return (path: string) => re.test(path);
  });
const isIgnored = (path: string): boolean => path === '.git' || ignored.some((test) => test(path));

/** The repository's own files, relative to the root, without what .gitignore ignores (nor .git). */
function ownFiles(folder = ''): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (isIgnored(path)) return [];
    if (entry.isDirectory()) return ownFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

const files = ownFiles();
const NOTES = files.filter((f) => f.endsWith('.md')).sort();
/** The extensions the repository's files have, without the dot: ts, astro, json, mdx, … */
const EXTENSIONS = new Set(files.map((f) => extname(f).slice(1)).filter(Boolean));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
const PACKAGES = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

/** True for a word that names a file or folder of the repository by the rule above. */
function isPath(word: string): boolean {
  if (!/^[\w.-]+(\/[\w.-]+)*\/?$/.test(word)) return false;
  const [first = '', second = ''] = word.split('/');
  if (PACKAGES.has(first) || PACKAGES.has(`${first}/${second}`)) return false;
  if (isIgnored(word.replace(/\/$/, ''))) return false;
  return word.endsWith('/') || EXTENSIONS.has(extname(word).slice(1));
}

interface Named {
  path: string;
  /** The folder of the last path with a folder named before this one (the folder itself if it is one). */
  beside?: string;
  /** A Markdown link: resolved from the note's folder only. */
  link?: boolean;
}

/** The paths a note names, in order. */
function named(text: string): Named[] {
  const words: { word: string; link?: boolean }[] = [];
  const fences = /^```[^\n]*\n([\s\S]*?)^```/gm;
  const inline = (prose: string) => {
    for (const m of prose.matchAll(/`([^`\n]+)`|\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
      if (m[1] !== undefined) words.push({ word: m[1] });
      else if (m[2] !== undefined && !/^[a-z]+:/.test(m[2])) words.push({ word: m[2], link: true });
    }
  };
  let last = 0;
  for (const fence of text.matchAll(fences)) {
    inline(text.slice(last, fence.index));
    // Words of a block, without the punctuation prose or a picture puts after them.
    for (const word of (fence[1] ?? '').split(/\s+/)) words.push({ word: word.replace(/[,;:)]+$/, '') });
    last = fence.index + fence[0].length;
  }
  inline(text.slice(last));
  let beside: string | undefined;
  const found: Named[] = [];
  for (const { word, link } of words) {
    if (!isPath(word)) continue;
    found.push({ path: word, ...(beside === undefined ? {} : { beside }), ...(link ? { link } : {}) });
    if (word.includes('/')) beside = word.endsWith('/') ? word : dirname(word);
  }
  return found;
}

describe('the Markdown files', () => {
  it('are found: the README and the notes beside the code', () => {
    expect(NOTES).toContain('README.md');
    expect(NOTES).toContain('src/lib/search/README.md');
    expect(NOTES.some((n) => n.startsWith('node_modules/') || n.startsWith('dist'))).toBe(false);
  });
});

describe.each(NOTES)('%s', (note) => {
  const text = readFileSync(join(ROOT, note), 'utf8');
  const here = join(ROOT, dirname(note));
  const paths = named(text);

  it('names paths', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  it.each(paths.map((p) => [p.path, p] as const))('names %s, which exists', (_, { path, beside, link }) => {
    const bases = link ? [here] : [here, ROOT, join(ROOT, 'src')];
    const exists = bases.some((base) => existsSync(join(base, path)));
    const sibling =
      !link &&
      !path.includes('/') &&
      beside !== undefined &&
      bases.some((base) => existsSync(join(base, beside, path)));
    expect(exists || sibling, `${note} names ${path}, which is not in the tree`).toBe(true);
  });
});
