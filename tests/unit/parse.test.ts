import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSubheading, parseArticle, splitBlocks } from '../../src/lib/article/parse.ts';

const source = readFileSync(new URL('../../content/source/article.txt', import.meta.url), 'utf8');

describe('parseArticle', () => {
  const article = parseArticle(source);

  it('reads the title from the line after the page chrome', () => {
    expect(article.title).toBe('زيارة أردوغان لتوسيع الشراكة الاستراتيجية مع كازاخستان');
  });

  it('turns the category line into categories', () => {
    expect(article.categories).toEqual(['آسيا', 'آسيا الوسطى']);
  });

  it('finds the 23 paragraphs and the one subheading, in order', () => {
    expect(article.paragraphs).toHaveLength(23);
    expect(article.headings).toEqual(['لقاء أردوغان – بوتين']);
    expect(article.paragraphs[0]).toMatch(/^من المتوقع أن يتم اتخاذ خطوات ملموسة/);
    expect(article.paragraphs[22]).toMatch(/التهديد المستمر للإرهاب\.$/);
    const headingAt = article.blocks.findIndex((b) => b.kind === 'heading');
    expect(article.blocks[headingAt - 1]?.text).toMatch(/^تأسس CICA/);
  });

  it('drops the page chrome: breadcrumb, Translate, Topics', () => {
    const all = article.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/Home »|^Translate$|^Topics$/m);
    expect(article.paragraphs.every((p) => !p.includes('\n'))).toBe(true);
  });

  it('keeps every paragraph byte for byte as in the source', () => {
    for (const p of article.paragraphs) expect(source.includes(`\n${p}\n`)).toBe(true);
  });

  it('fails with a message when the breadcrumb is missing', () => {
    expect(() => parseArticle('no chrome here')).toThrow(/breadcrumb/);
  });

  it('accepts Windows line endings', () => {
    expect(parseArticle(source.replace(/\n/g, '\r\n')).paragraphs).toEqual(article.paragraphs);
  });
});

describe('isSubheading', () => {
  it('tells a short unpunctuated line from a sentence', () => {
    expect(isSubheading('لقاء أردوغان – بوتين')).toBe(true);
    expect(isSubheading('احتفلت تركيا وكازاخستان هذا العام بالذكرى الثلاثين لتأسيس علاقاتهما الدبلوماسية.')).toBe(
      false,
    );
  });
});

describe('splitBlocks', () => {
  it('splits on blank lines and trims', () => {
    expect(splitBlocks('a\n\n  b \n\n\n c\r\n\r\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});
