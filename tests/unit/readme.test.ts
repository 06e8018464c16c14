// The README says what the code does: its paragraph-to-chapter table and its chapter rule come from the code.
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

  it('states the chapter rule the check enforces', () => {
    // Prose as one line: the README wraps it and quotes it (`> `).
    const prose = readme.replace(/\n>\s*/g, ' ').replace(/\s+/g, ' ');
    expect(prose.includes(CHAPTER_RULE), 'the README does not say CHAPTER_RULE word for word').toBe(true);
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
