import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { paragraphIds } from '../../src/integrations/hast-paragraphs.ts';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { ROOT } from '../../src/tools/root.ts';

const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));
const render = (markdown: string): string => markdownToHtml(markdown, { hastPlugins: [paragraphIds(article)] }).html;

describe('paragraphIds', () => {
  it('gives an article paragraph the stable id of its place in the article', () => {
    const text = 'احتفلت تركيا وكازاخستان هذا العام بالذكرى الثلاثين لتأسيس علاقاتهما الدبلوماسية.';
    expect(render(text).trim()).toBe(
      `<div class="paragraph"><a class="paragraph-link" href="#p-7" aria-label="رابط الفقرة ٧" data-pagefind-ignore="">٧</a><p id="p-7">${text}</p></div>`,
    );
  });

  it('marks Latin words as English, left to right, without changing the text', () => {
    const text = article.paragraphs[11] ?? '';
    const html = /<p id="p-12">.*<\/p>/.exec(render(text))?.[0] ?? '';
    expect(html).toMatch(/^<p id="p-12">تأسس <span lang="en" dir="ltr">CICA<\/span> في عام 1992/);
    expect(html.replace(/<[^>]+>/g, '').trim()).toBe(text);
  });

  it('gives other text no id, and leaves a paragraph holding markup as it is', () => {
    expect(render('نص آخر').trim()).toBe('<p>نص آخر</p>');
    expect(render('نص **CICA** آخر').trim()).toBe('<p>نص <strong>CICA</strong> آخر</p>');
  });
});
