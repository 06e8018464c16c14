// The build itself refuses broken chapters, with a message that names the file and the paragraph.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/tools/root.ts';
import { runAstroBuild } from '../../src/tools/astro-build.ts';

const temp = mkdtempSync(join(tmpdir(), 'chapters-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function buildWith(fixture: string) {
  const dir = join(temp, fixture);
  cpSync(join(ROOT, 'content/chapters'), dir, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/chapters', fixture), join(dir, 'cica.mdx'));
  return runAstroBuild(join(temp, `out-${fixture}`), { CHAPTERS_DIR: dir });
}

describe('astro build with a broken chapter', () => {
  it('stops on an altered paragraph, naming the file and the paragraph, without a stack trace', () => {
    const { status, output } = buildWith('cica.altered.mdx');
    expect(status).not.toBe(0);
    expect(output).toMatch(/cica\.mdx:10: paragraph 5 «وستتناول القمة التي تستمر يومين/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('stops on invalid frontmatter, naming the file and the field', () => {
    const { status, output } = buildWith('cica.invalid-frontmatter.mdx');
    expect(status).not.toBe(0);
    expect(output).toMatch(/cica\.mdx: frontmatter: summary: /);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('stops on invalid YAML with one line at its place in the file, and no false paragraph problems', () => {
    const { status, output } = buildWith('cica.bad-yaml.mdx');
    expect(status).not.toBe(0);
    expect(output).toMatch(/The chapter files have errors:\n.*cica\.mdx:5: frontmatter: invalid YAML: /);
    expect(output).not.toMatch(/is missing|do not match/);
  });
});
