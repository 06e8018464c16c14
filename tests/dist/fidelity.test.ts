// The article on the built site: every paragraph exactly once across the chapter pages, verbatim.
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';
import { loadPage, querySelector, querySelectorAll, textOf } from '../support/html.ts';
import { article, chapterOf, chapters as published } from '../support/chapters.ts';

const chapters = published.map((c) => c.id);
const bodies = chapters.map((slug) => {
  const { doc } = loadPage(DIST, `${slug}/index.html`);
  return { slug, body: querySelector(doc, '[data-pagefind-body]') };
});
const paragraphs = bodies.flatMap(({ slug, body }) =>
  querySelectorAll(body, 'p').map((p) => ({ slug, id: String(p.attributes.id ?? ''), text: textOf(p) })),
);

describe('the article on the chapter pages', () => {
  it('has every paragraph exactly once, character for character', () => {
    for (const [i, text] of article.paragraphs.entries()) {
      const found = paragraphs.filter((p) => p.text === text);
      expect(found, `paragraph ${i + 1}: ${text.slice(0, 40)}`).toHaveLength(1);
    }
  });

  it('has nothing else as paragraphs of the text', () => {
    expect(paragraphs.map((p) => p.text).sort()).toEqual([...article.paragraphs].sort());
  });

  it('gives each paragraph the stable id of its place in the article', () => {
    for (const p of paragraphs) expect(p.id).toBe(`p-${article.paragraphs.indexOf(p.text) + 1}`);
  });

  it('puts beside each paragraph, outside it, a link to itself: its number, out of the search index', () => {
    const links = bodies.flatMap(({ body }) => querySelectorAll(body, 'div.paragraph > a.paragraph-link'));
    expect(links.map((a) => a.attributes.href)).toEqual(paragraphs.map((p) => `#${p.id}`));
    for (const a of links) expect('data-pagefind-ignore' in a.attributes).toBe(true);
  });

  it('keeps the subheading as a heading with an id', () => {
    const headings = bodies.flatMap(({ body }) => querySelectorAll(body, 'h2'));
    expect(headings.map(textOf)).toEqual(article.headings);
    expect(String(headings[0]?.attributes.id ?? '')).not.toBe('');
  });

  it('shows no page chrome as text anywhere', () => {
    for (const slug of ['index.html', ...chapters.map((c) => `${c}/index.html`)]) {
      const main = textOf(querySelector(loadPage(DIST, slug).doc, 'main'));
      expect(main).not.toMatch(/Home »|\bTranslate\b|\bTopics\b/);
    }
  });
});

describe('the home page', () => {
  it('quotes only the lead paragraph, marked as such, linked to its place and kept out of search', () => {
    const { doc } = loadPage(DIST, 'index.html');
    const main = querySelector(doc, 'main');
    const quoted = article.paragraphs.filter((text) => textOf(main).includes(text));
    expect(quoted).toEqual([article.paragraphs[0]]);
    expect(textOf(querySelector(main, 'figcaption'))).toContain('مطلع المقال');
    expect(querySelector(main, `a[href="/${chapterOf(1).id}/#p-1"]`)).toBeTruthy();
    expect(querySelector(doc, '[data-pagefind-body]')).toBeFalsy();
  });
});
