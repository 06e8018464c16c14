// The build itself refuses broken chapters, with a message that names the file and the paragraph. The builds
// with a broken chapter are made before the tests (tests/support/sites.ts); here their exit status and log are read.
import { describe, expect, it } from 'vitest';
import { buildLog } from '../support/sites.ts';

describe('astro build with a broken chapter', () => {
  it('stops on an altered paragraph, naming the file and the paragraph, without a stack trace', () => {
    const { status, output } = buildLog('broken-altered');
    expect(status).not.toBe(0);
    expect(output).toMatch(/cica\.mdx:10: paragraph 5 «وستتناول القمة التي تستمر يومين/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('stops on invalid frontmatter, naming the file and the field', () => {
    const { status, output } = buildLog('broken-invalid-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toMatch(/cica\.mdx: frontmatter: summary: /);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('stops on invalid YAML with one line at its place in the file, and no false paragraph problems', () => {
    const { status, output } = buildLog('broken-bad-yaml');
    expect(status).not.toBe(0);
    expect(output).toMatch(/The chapter files have errors:\n.*cica\.mdx:5: frontmatter: invalid YAML: /);
    expect(output).not.toMatch(/is missing|do not match/);
  });
});
