// The whole article on one page (/article/): every paragraph exactly once and in the article's order, the
// subheading in its place, each number linking to its paragraph's place in its chapter; out of the search and
// of search engines; linked from the home page and the footer, with the EPUB edition and its size.
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';
import { loadPage, querySelector, querySelectorAll, textOf } from '../support/html.ts';
import { article, chapterOf } from '../support/chapters.ts';
import { EPUB_FILE } from '../../src/lib/epub/edition.ts';

const { html, doc } = loadPage(DIST, 'article/index.html');
const body = querySelector(doc, 'article.whole-article');

describe('/article/', () => {
  it('holds every paragraph exactly once, in order, and the subheading where the article has it', () => {
    const blocks = querySelectorAll(querySelector(body, '.prose-ar'), '*')
      .filter((n) => n.name === 'p' || n.name === 'h2')
      .map((n) => ({ kind: n.name, text: textOf(n) }));
    expect(blocks).toEqual(
      article.blocks.map((b) => ({ kind: b.kind === 'heading' ? 'h2' : 'p', text: b.text })),
    );
    expect(textOf(querySelector(body, 'h1'))).toBe(article.title);
  });

  it("links each paragraph's number to its place in its chapter", () => {
    const links = querySelectorAll(body, 'a.paragraph-link').map((a) => a.attributes.href);
    expect(links).toEqual(article.paragraphs.map((_, i) => `/${chapterOf(i + 1).id}/#p-${i + 1}`));
  });

  it('is out of the search index and of search engines', () => {
    expect(html).not.toContain('data-pagefind-body');
    expect(querySelector(doc, 'meta[name="robots"]')?.attributes.content).toBe('noindex');
  });

  it('is linked from the home page and from the footer of every page, with the EPUB edition and its size', () => {
    for (const file of ['index.html', 'cica/index.html', 'article/index.html']) {
      const footer = querySelectorAll(querySelector(loadPage(DIST, file).doc, 'footer'), 'a');
      expect(footer.map((a) => a.attributes.href), file).toEqual(expect.arrayContaining(['/article/', `/${EPUB_FILE}`]));
    }
    const home = querySelectorAll(querySelector(loadPage(DIST, 'index.html').doc, 'main'), 'a');
    expect(home.map((a) => a.attributes.href)).toEqual(expect.arrayContaining(['/article/', `/${EPUB_FILE}`]));
    const epub = querySelectorAll(body, 'a').find((a) => a.attributes.href === `/${EPUB_FILE}`);
    expect(epub).toBeDefined();
    if (epub) expect(textOf(epub)).toMatch(/EPUB .*\(.*ك\.ب\)/);
  });
});
