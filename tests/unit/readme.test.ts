// The README says what the code does: its paragraph-to-chapter table and its chapter rule come from the code,
// and its scripts table lists the npm scripts of package.json, every one and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAPTER_RULE } from '../../src/lib/article/check.ts';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { readChapterFiles } from '../../src/lib/chapters/files.ts';
import { ranges, splitTable, TABLE_END, TABLE_START, withTable } from '../../src/lib/chapters/split-table.ts';
import { ROOT } from '../../src/tools/root.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));
const chapters = readChapterFiles(ROOT, 'content/chapters').chapters;
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);

/**
 * The first column of the first table under `## Scripts`, as npm script names: `npm run x` is x, `npm test` is
 * test; any other cell is kept as written, so it shows up as not a script.
 */
function scriptsInTable(markdown: string): string[] {
  const lines = markdown.split('\n');
  const heading = lines.indexOf('## Scripts');
  if (heading === -1) return [];
  const section = lines.slice(heading + 1);
  const end = section.findIndex((line) => line.startsWith('## '));
  const body = end === -1 ? section : section.slice(0, end);
  const first = body.findIndex((line) => line.startsWith('|'));
  if (first === -1) return [];
  const after = body.slice(first).findIndex((line) => !line.startsWith('|'));
  const table = body.slice(first, after === -1 ? undefined : first + after);
  return table.slice(2).map((row) => {
    const cell = row.split('|')[1]?.trim() ?? '';
    const command = /^`npm (?:run ([\w:-]+)|(test|start))`$/.exec(cell);
    return command?.[1] ?? command?.[2] ?? cell;
  });
}

/** Table cells without the padding Prettier may add. */
const cells = (text: string) =>
  text
    .replace(/ *\| */g, '|')
    .replace(/-{3,}/g, '---')
    .trim();

describe('the README', () => {
  it('has the paragraph-to-chapter table of the chapters as they are (else run `npm run readme`)', () => {
    const between = readme.slice(readme.indexOf(TABLE_START) + TABLE_START.length, readme.indexOf(TABLE_END));
    expect(cells(between)).toBe(cells(splitTable(article, chapters)));
  });

  it('lists every npm script of package.json in its scripts table, and nothing that is not one', () => {
    const listed = scriptsInTable(readme);
    const notScripts = listed.filter((name) => !scripts.includes(name));
    const unlisted = scripts.filter((name) => !listed.includes(name));
    expect(notScripts, 'in the table, not in package.json').toEqual([]);
    expect(unlisted, 'in package.json, not in the table').toEqual([]);
    expect(new Set(listed).size, 'a script listed twice').toBe(listed.length);
  });

  it('states the chapter rule the check enforces', () => {
    // Prose as one line: the README wraps it and quotes it (`> `).
    const prose = readme.replace(/\n>\s*/g, ' ').replace(/\s+/g, ' ');
    expect(prose.includes(CHAPTER_RULE), 'the README does not say CHAPTER_RULE word for word').toBe(true);
  });
});

describe('scriptsInTable', () => {
  it('reads the commands of the first table under the Scripts heading', () => {
    const text = [
      '## Scripts',
      '',
      '| command | what |',
      '| --- | --- |',
      '| `npm run dev` | a |',
      '| `npm test` | b |',
      '| `bash .ci/run` | c |',
      '',
      '| `npm run later` | not this table |',
      '## Next',
    ].join('\n');
    expect(scriptsInTable(text)).toEqual(['dev', 'test', '`bash .ci/run`']);
    expect(scriptsInTable('no such heading')).toEqual([]);
  });
});

describe('splitTable', () => {
  it('lists every chapter in reading order with its paragraphs as ranges', () => {
    const rows = splitTable(article, chapters).split('\n').slice(2);
    expect(rows).toHaveLength(chapters.length);
    expect(rows[0]).toMatch(/^\| `bilateral-ties` \(1\) \| .+ \| 1-3, 6-10 \| - \|$/);
    expect(ranges([1, 2, 3, 6, 8, 9])).toBe('1-3, 6, 8-9');
  });

  it('replaces only the text between the markers', () => {
    const before = `a\n${TABLE_START}\nold\n${TABLE_END}\nb`;
    expect(withTable(before, 'new')).toBe(`a\n${TABLE_START}\n\nnew\n\n${TABLE_END}\nb`);
    expect(() => withTable('no markers', 'x')).toThrow(/markers/);
  });
});
