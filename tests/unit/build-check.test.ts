// The build itself refuses broken chapters, with a message that names the file and the paragraph.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/tools/root.ts';

const temp = mkdtempSync(join(tmpdir(), 'chapters-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function buildWith(fixture: string) {
  const dir = join(temp, fixture);
  cpSync(join(ROOT, 'content/chapters'), dir, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/chapters', fixture), join(dir, 'cica.mdx'));
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, CHAPTERS_DIR: dir, OUT_DIR: join(temp, `out-${fixture}`) },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build with a broken chapter', () => {
  it('stops on an altered paragraph, naming the file and the paragraph, without a stack trace', () => {
    const { status, output } = buildWith('cica.altered.mdx');
    expect(status).not.toBe(0);
    expect(output).toMatch(/cica\.mdx: paragraph 5 «وستتناول القمة التي تستمر يومين/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('stops on invalid frontmatter, naming the file and the field', () => {
    const { status, output } = buildWith('cica.invalid-frontmatter.mdx');
    expect(status).not.toBe(0);
    expect(output).toMatch(/cica\.mdx: frontmatter: summary: /);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
