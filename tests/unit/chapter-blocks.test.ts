// The one reading of a chapter's body (lib/chapters/blocks.ts) and the places of paragraphs built on it
// (lib/chapters/paragraph-chapters.ts): what the check, the pages, the EPUB and the README's table share.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/article/parse.ts';
import { chapterBlocks, chapterParagraphs } from '../../src/lib/chapters/blocks.ts';
import { paragraphChapters, paragraphPlaces } from '../../src/lib/chapters/paragraph-chapters.ts';

const article: Article = {
  title: 'عنوان',
  categories: [],
  blocks: [],
  paragraphs: ['الفقرة الأولى.', 'الفقرة الثانية.', 'الفقرة الثالثة.'],
  headings: ['عنوان فرعي'],
};

const chapter = (id: string, body: string) => ({ id, data: { title: `فصل ${id}` }, body });

describe('chapterBlocks', () => {
  it('reads each block as an article paragraph or subheading by number, with its line in the file', () => {
    const body = '\nالفقرة الثانية.\n\n## عنوان فرعي\n\nالفقرة الأولى.\n';
    expect(chapterBlocks(article, body, 7)).toEqual([
      { kind: 'paragraph', text: 'الفقرة الثانية.', line: 8, number: 2 },
      { kind: 'heading', text: 'عنوان فرعي', line: 10, number: 1 },
      { kind: 'paragraph', text: 'الفقرة الأولى.', line: 12, number: 1 },
    ]);
  });

  it('leaves text the article does not have without a number, and names page chrome and markup', () => {
    const body = 'نص آخر.\n\n## عنوان آخر\n\nTranslate\n\n- بند\n\nimport X from "y";\n\n## سطر\nوسطر';
    expect(chapterBlocks(article, body).map((b) => [b.kind, b.number])).toEqual([
      ['paragraph', undefined],
      ['heading', undefined],
      ['chrome', undefined],
      ['markup', undefined],
      ['markup', undefined],
      ['markup', undefined],
    ]);
  });

  it('gives the article paragraphs a body holds, in its order', () => {
    expect(chapterParagraphs(article, 'الفقرة الثالثة.\r\n\r\nنص آخر.\r\n\r\nالفقرة الأولى.')).toEqual([3, 1]);
  });
});

describe('paragraphChapters', () => {
  it('maps every paragraph a chapter holds to that chapter', () => {
    const a = chapter('a', 'الفقرة الأولى.\n\nالفقرة الثالثة.');
    const b = chapter('b', 'الفقرة الثانية.');
    const byNumber = paragraphChapters(article, [a, b]);
    expect([1, 2, 3].map((n) => byNumber.get(n)?.id)).toEqual(['a', 'b', 'a']);
  });
});

describe('paragraphPlaces', () => {
  const chapters = [chapter('cica', 'الفقرة الأولى.\n\nالفقرة الثانية.'), chapter('syria', 'الفقرة الثالثة.')];

  it('links a paragraph in the chapter that holds it, under the base path', () => {
    expect(paragraphPlaces(article, chapters, '/')(3)).toEqual({
      chapter: chapters[1],
      path: '/syria/',
      id: 'p-3',
      href: '/syria/#p-3',
    });
    expect(paragraphPlaces(article, chapters, '/microsite/')(2).href).toBe('/microsite/cica/#p-2');
  });

  it('stops with a clear error for a paragraph no chapter holds, never a link to /#p-N', () => {
    const placeOf = paragraphPlaces(article, chapters.slice(0, 1), '/');
    expect(() => placeOf(3)).toThrow(/^paragraph 3 «الفقرة الثالثة\.» is in no chapter: a page links to it/);
    expect(() => placeOf(9)).toThrow(/^paragraph 9 is not in the article/);
  });
});
