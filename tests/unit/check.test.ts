import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkChapters,
  firstWords,
  formatProblems,
  reportProblems,
  CHAPTER_RULE,
  type ChapterFile,
} from '../../src/lib/article/check.ts';
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
});

describe('checkChapters on broken fixtures', () => {
  const file = 'tests/fixtures/chapters/';

  it('names a missing paragraph by number and first words, and both chapters it may have been taken from', () => {
    // Paragraph 11 sits between paragraph 10 (bilateral-ties.mdx) and 12 (the fixture): either may have held it.
    expect(report('cica.missing.mdx')).toMatch(
      new RegExp(
        `content/chapters/bilateral-ties.mdx \\(or ${file}cica.missing.mdx\\): paragraph 11 «وقال المتحدث باسم وزارة الخارجية الكازاخستانية…» is missing`,
      ),
    );
  });

  it('names a duplicated paragraph and where else it is', () => {
    expect(report('cica.duplicate.mdx')).toMatch(
      /cica\.duplicate\.mdx:\d+: paragraph 5 «وستتناول القمة.*appears more than once \(also in tests\/fixtures\/chapters\/cica\.duplicate\.mdx\)/,
    );
  });

  it('names an altered paragraph and shows the first difference', () => {
    const text = report('cica.altered.mdx');
    expect(text).toMatch(
      /cica\.altered\.mdx:10: paragraph 5 «وستتناول القمة التي تستمر يومين.*was altered: first difference at character/,
    );
    expect(text).not.toMatch(/is missing/);
  });

  it('names a paragraph moved out of the article order', () => {
    expect(report('cica.reordered.mdx')).toMatch(
      /cica\.reordered\.mdx:\d+: paragraph 4 .* is out of the article's order/,
    );
  });

  it('refuses text that is not in the article', () => {
    expect(report('cica.extra-text.mdx')).toMatch(
      /cica\.extra-text\.mdx:\d+: text that is not in the article: «هذه فقرة أضافها/,
    );
  });

  it('refuses page chrome as text', () => {
    expect(report('cica.chrome.mdx')).toMatch(/cica\.chrome\.mdx:\d+: page chrome «Translate» is not article text/);
  });

  it('reports invalid YAML once, at its line in the file, and nothing else', () => {
    const problems = checkChapters(article, withFixture('cica.bad-yaml.mdx'));
    expect(formatProblems(problems)).toBe(
      'tests/fixtures/chapters/cica.bad-yaml.mdx:5: frontmatter: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (line: "order: [2")',
    );
    expect(reportProblems(problems, 'article.txt')).toMatch(/^The chapter files have errors:\n/);
  });

  it('says an unclosed quote in words, on the line where the quote opens', () => {
    const files = real.map((c) =>
      c.file.endsWith('cica.mdx') ? { ...c, source: c.source.replace(/summary: "([^"]*)"/, 'summary: "$1') } : c,
    );
    expect(formatProblems(checkChapters(article, files))).toBe(
      `content/chapters/cica.mdx:3: frontmatter: invalid YAML: a quoted value is not closed: add the closing " at the end of the value (line: ${JSON.stringify(/summary: .*/.exec(files[1]?.source ?? '')?.[0])})`,
    );
  });

  it('reports each invalid frontmatter field', () => {
    const text = report('cica.invalid-frontmatter.mdx');
    expect(text).toMatch(/cica\.invalid-frontmatter\.mdx: frontmatter: summary: /);
    expect(text).toMatch(/cica\.invalid-frontmatter\.mdx: frontmatter: order: /);
    expect(text).toMatch(/frontmatter: .*sumary/);
  });

  it('reports a chapter without frontmatter once: its paragraphs are still read', () => {
    expect(report('cica.no-frontmatter.mdx')).toBe(
      'tests/fixtures/chapters/cica.no-frontmatter.mdx:1: frontmatter: the file must start with a `---` line that opens the frontmatter',
    );
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

/** The real chapters with `edit` applied to the one whose path ends in `name`. */
const edited = (name: string, edit: (source: string) => string): ChapterFile[] =>
  real.map((c) => (c.file.endsWith(name) ? { ...c, source: edit(c.source) } : c));
const paragraph = (n: number) => article.paragraphs[n - 1] ?? '';
const cut = (n: number) => (source: string) => source.replace(`\n${paragraph(n)}\n`, '\n');
const append = (n: number) => (source: string) => `${source.trimEnd()}\n\n${paragraph(n)}\n`;

describe('checkChapters blames the file the mistake is in', () => {
  it('names the chapter a paragraph was cut from when both its neighbours are in it', () => {
    const problems = checkChapters(article, edited('bilateral-ties.mdx', cut(7)));
    expect(formatProblems(problems)).toMatch(/^content\/chapters\/bilateral-ties\.mdx: paragraph 7 .* is missing/);
    expect(problems[0]?.alsoIn).toBeUndefined();
  });

  it('names both chapters when the lost paragraph sat between two (the last of bilateral-ties.mdx)', () => {
    expect(formatProblems(checkChapters(article, edited('bilateral-ties.mdx', cut(10))))).toMatch(
      /^content\/chapters\/bilateral-ties\.mdx \(or content\/chapters\/cica\.mdx\): paragraph 10 .* is missing/,
    );
  });

  it('refuses a chapter with frontmatter and no article text, and blames it for the paragraphs it lost', () => {
    const files = edited('syria.mdx', (s) => s.slice(0, s.indexOf('\n---', 4) + 5));
    const problems = checkChapters(article, files);
    expect(problems[0]).toMatchObject({ file: 'content/chapters/syria.mdx', kind: 'text' });
    expect(problems[0]?.message).toMatch(/^holds no paragraph of the article/);
    for (const p of problems.slice(1)) expect(p.file).toBe('content/chapters/syria.mdx');
    expect(problems.slice(1).map((p) => p.message.slice(0, 12))).toEqual([
      'paragraph 21',
      'paragraph 22',
      'paragraph 23',
    ]);
  });

  it('reports one mistake once: a bad order is only that', () => {
    expect(
      formatProblems(
        checkChapters(
          article,
          edited('cica.mdx', (s) => s.replace('order: 2', 'order: "two"')),
        ),
      ),
    ).toMatch(/^content\/chapters\/cica\.mdx: frontmatter: order: [^\n]+$/);
  });
});

describe('the chapter rule', () => {
  it('lets a chapter take any paragraph, in the article order within the chapter', () => {
    // Paragraph 11 moved from cica.mdx to the end of bilateral-ties.mdx, after paragraph 10: still in order.
    const files = edited('cica.mdx', cut(11)).map((c) =>
      c.file.endsWith('bilateral-ties.mdx') ? { ...c, source: append(11)(c.source) } : c,
    );
    expect(checkChapters(article, files)).toEqual([]);
  });

  it('refuses a paragraph out of the article order within a chapter, and says the rule', () => {
    // Paragraph 4 moved to the end of bilateral-ties.mdx, after paragraph 10.
    const files = edited('cica.mdx', cut(4)).map((c) =>
      c.file.endsWith('bilateral-ties.mdx') ? { ...c, source: append(4)(c.source) } : c,
    );
    const text = reportProblems(checkChapters(article, files), 'content/source/article.txt');
    expect(text).toMatch(/^The chapters do not match content\/source\/article\.txt:\n/);
    expect(text).toMatch(
      /bilateral-ties\.mdx:\d+: paragraph 4 .* is out of the article's order: in one chapter the article's order holds, and here it comes after paragraph 10/,
    );
    expect(text).toContain(`The rule: ${CHAPTER_RULE}`);
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
