import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChapters, firstWords, formatProblems, type ChapterFile } from '../../src/lib/article/check.ts';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { readChapterFiles } from '../../src/lib/chapters/files.ts';
import { ROOT } from '../../src/tools/root.ts';

const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));
const real: ChapterFile[] = readChapterFiles(ROOT, 'content/chapters').chapters;

/** The real chapters with cica.mdx replaced by a broken fixture. */
function withFixture(name: string): ChapterFile[] {
  const source = readFileSync(join(ROOT, 'tests/fixtures/chapters', name), 'utf8');
  return real.map((c) => (c.file.endsWith('/cica.mdx') ? { file: `tests/fixtures/chapters/${name}`, source } : c));
}

const report = (name: string) => formatProblems(checkChapters(article, withFixture(name)));

describe('checkChapters on the real chapters', () => {
  it('finds every paragraph exactly once and nothing else', () => {
    expect(checkChapters(article, real)).toEqual([]);
  });

  it('covers all 23 paragraphs with the four chapters', () => {
    expect(real.map((c) => c.file)).toEqual([
      'content/chapters/bilateral-ties.mdx',
      'content/chapters/cica.mdx',
      'content/chapters/syria.mdx',
      'content/chapters/ukraine-mediation.mdx',
    ]);
  });
});

describe('checkChapters on broken fixtures', () => {
  const file = 'tests/fixtures/chapters/';

  it('names a missing paragraph by number and first words', () => {
    expect(report('cica.missing.mdx')).toMatch(
      new RegExp(`${file}cica.missing.mdx: paragraph 11 «وقال المتحدث باسم وزارة الخارجية الكازاخستانية…» is missing`),
    );
  });

  it('names a duplicated paragraph and where else it is', () => {
    expect(report('cica.duplicate.mdx')).toMatch(
      /cica\.duplicate\.mdx: paragraph 5 «وستتناول القمة.*appears more than once \(also in tests\/fixtures\/chapters\/cica\.duplicate\.mdx\)/,
    );
  });

  it('names an altered paragraph and shows the first difference', () => {
    const text = report('cica.altered.mdx');
    expect(text).toMatch(
      /cica\.altered\.mdx: paragraph 5 «وستتناول القمة التي تستمر يومين.*was altered: first difference at character/,
    );
    expect(text).not.toMatch(/is missing/);
  });

  it('names a paragraph moved out of the article order', () => {
    expect(report('cica.reordered.mdx')).toMatch(/cica\.reordered\.mdx: paragraph 4 .* is out of the article's order/);
  });

  it('refuses text that is not in the article', () => {
    expect(report('cica.extra-text.mdx')).toMatch(
      /cica\.extra-text\.mdx: text that is not in the article: «هذه فقرة أضافها/,
    );
  });

  it('refuses page chrome as text', () => {
    expect(report('cica.chrome.mdx')).toMatch(/cica\.chrome\.mdx: page chrome «Translate» is not article text/);
  });

  it('reports invalid YAML in the frontmatter', () => {
    expect(report('cica.bad-yaml.mdx')).toMatch(/cica\.bad-yaml\.mdx: frontmatter: invalid YAML/);
  });

  it('reports each invalid frontmatter field', () => {
    const text = report('cica.invalid-frontmatter.mdx');
    expect(text).toMatch(/cica\.invalid-frontmatter\.mdx: frontmatter: summary: /);
    expect(text).toMatch(/cica\.invalid-frontmatter\.mdx: frontmatter: order: /);
    expect(text).toMatch(/frontmatter: .*sumary/);
  });

  it('reports a chapter without frontmatter, and the paragraphs it then loses', () => {
    const text = report('cica.no-frontmatter.mdx');
    expect(text).toMatch(/cica\.no-frontmatter\.mdx: frontmatter: the file must start with a `---` block/);
    expect(text).toMatch(/paragraph 4 .* is missing/);
  });

  it('reports a subheading that is lost', () => {
    const files = real.map((c) =>
      c.file.endsWith('ukraine-mediation.mdx') ? { ...c, source: c.source.replace(/^## .*\n/m, '') } : c,
    );
    expect(formatProblems(checkChapters(article, files))).toMatch(/subheading 1 «لقاء أردوغان – بوتين» is missing/);
  });

  it('reports two chapters with the same order', () => {
    const files = real.map((c) =>
      c.file.endsWith('syria.mdx') ? { ...c, source: c.source.replace('order: 4', 'order: 1') } : c,
    );
    expect(formatProblems(checkChapters(article, files))).toMatch(
      /syria\.mdx: frontmatter: order 1 is also used by content\/chapters\/bilateral-ties\.mdx/,
    );
  });
});

describe('firstWords', () => {
  it('quotes the first six words and marks a cut', () => {
    expect(firstWords('a b c d e f g')).toBe('«a b c d e f…»');
    expect(firstWords('a b')).toBe('«a b»');
  });
});

describe('readChapterFiles', () => {
  it('reads the .mdx files the collection publishes and names any other Markdown file as not published', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chapters-'));
    writeFileSync(join(dir, 'a.mdx'), 'x');
    writeFileSync(join(dir, 'b.md'), 'y');
    writeFileSync(join(dir, 'notes.txt'), 'z');
    const { chapters, strays } = readChapterFiles(dir, '.');
    expect(chapters.map((c) => c.file)).toEqual(['a.mdx']);
    expect(formatProblems(strays)).toMatch(/^b\.md: not published: chapters are \*\.mdx files/);
  });
});
