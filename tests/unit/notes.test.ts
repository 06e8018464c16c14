// The notes beside the code say what is true: every file a note names exists (relative to the note's folder,
// to src/, to tests/unit/ or to the repository root, the ways the notes name them).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/tools/root.ts';

/** The notes held to the code so far; the root README joins them once its paths are brought up to date (issue 22). */
const NOTES = ['src/lib/search/README.md'];

/** File names in `backticks`: a path ending in a known extension. */
const named = (text: string): string[] =>
  [...text.matchAll(/`([\w./-]+\.(?:ts|json|md|astro|mjs|css))`/g)].map((m) => m[1] ?? '');

describe.each(NOTES)('%s', (note) => {
  const text = readFileSync(join(ROOT, note), 'utf8');
  const bases = [dirname(join(ROOT, note)), join(ROOT, 'src'), join(ROOT, 'tests/unit'), ROOT];

  it('names files', () => {
    expect(named(text).length).toBeGreaterThan(5);
  });

  it.each(named(text))('names %s, which exists', (path) => {
    expect(bases.some((base) => existsSync(join(base, path)))).toBe(true);
  });
});
