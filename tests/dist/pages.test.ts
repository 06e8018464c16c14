// The built site, file by file: language and direction, one h1, titles, descriptions, metadata.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, TEST_SITE_URL } from '../support/paths.ts';
import { listPages } from '../../src/lib/files.ts';
import { loadPage, querySelector, querySelectorAll, textOf } from '../support/html.ts';

const pages = listPages(DIST).filter((f) => !f.startsWith('pagefind/'));
import { chapters as published } from '../support/chapters.ts';
import { EXPLAINERS } from '../../src/lib/explainers.ts';

const chapters = published.map((c) => c.id);

describe('every page', () => {
  it('includes home, every chapter and 404', () => {
    for (const p of ['index.html', '404.html', ...chapters.map((c) => `${c}/index.html`)]) expect(pages).toContain(p);
  });

  it.each(pages)('%s is Arabic, right to left, with one h1, a title and a description', (file) => {
    const { html, doc } = loadPage(DIST, file);
    expect(html.startsWith('<!DOCTYPE html><html lang="ar" dir="rtl">')).toBe(true);
    expect(querySelectorAll(doc, 'h1')).toHaveLength(1);
    expect(textOf(querySelector(doc, 'title')).trim().length).toBeGreaterThan(3);
    const description = querySelector(doc, 'meta[name="description"]');
    expect(String(description?.attributes.content ?? '').length).toBeGreaterThan(20);
    expect(querySelector(doc, 'a[href="#content"]')).toBeTruthy();
    expect(querySelector(doc, 'main#content')).toBeTruthy();
  });
});

describe('chapter pages', () => {
  it.each(chapters)('%s has breadcrumbs, reading time, prev/next and NewsArticle JSON-LD', (slug) => {
    const { doc } = loadPage(DIST, `${slug}/index.html`);
    expect(querySelector(doc, 'nav[aria-label="مسار التنقل"]')).toBeTruthy();
    expect(textOf(doc)).toMatch(/مدة القراءة: (دقيقة واحدة|دقيقتان|[٠-٩]+ دقائق|[٠-٩]+ دقيقة)/);
    const rels = querySelectorAll(doc, 'a[rel]').map((a) => a.attributes.rel);
    const at = chapters.indexOf(slug);
    expect(rels).toEqual([...(at > 0 ? ['prev'] : []), ...(at < chapters.length - 1 ? ['next'] : [])]);
    const ld = JSON.parse(querySelector(doc, 'script[type="application/ld+json"]').children[0].value);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'ar', isPartOf: { '@type': 'CreativeWork' } });
    expect(ld.headline).toBe(textOf(querySelector(doc, 'h1')).trim());
    expect(ld.articleSection).toBe(ld.headline);
  });

  it.each(chapters)('%s has canonical and OpenGraph metadata for the configured site URL', (slug) => {
    const { doc } = loadPage(DIST, `${slug}/index.html`);
    expect(querySelector(doc, 'link[rel="canonical"]')?.attributes.href).toBe(`${TEST_SITE_URL}/${slug}/`);
    expect(querySelector(doc, 'meta[property="og:locale"]')?.attributes.content).toBe('ar_AR');
    expect(querySelector(doc, 'meta[property="og:type"]')?.attributes.content).toBe('article');
  });

  it.each(published)('$id has a table of contents only if it holds a subheading', ({ id, hasSubheading }) => {
    const toc = querySelector(loadPage(DIST, `${id}/index.html`).doc, 'nav[aria-labelledby="toc-heading"]');
    expect(Boolean(toc)).toBe(hasSubheading);
  });
});

describe('home', () => {
  it('has the title, the categories, a card for every chapter and a way to read on', () => {
    const { doc } = loadPage(DIST, 'index.html');
    expect(textOf(querySelector(doc, 'h1'))).toBe('زيارة أردوغان لتوسيع الشراكة الاستراتيجية مع كازاخستان');
    expect(querySelectorAll(doc, 'ul[aria-label="التصنيفات"] li').map(textOf)).toEqual(['آسيا', 'آسيا الوسطى']);
    expect(querySelectorAll(querySelector(doc, 'main'), 'ol li')).toHaveLength(chapters.length);
    expect(querySelector(doc, `main a[href="/${chapters[0]}/"]`)).toBeTruthy();
  });
});

describe('404', () => {
  it('is in Arabic with a way back home', () => {
    const { doc } = loadPage(DIST, '404.html');
    expect(textOf(querySelector(doc, 'h1'))).toBe('الصفحة غير موجودة');
    expect(querySelectorAll(doc, 'main a[href="/"]').length).toBeGreaterThan(0);
  });
});

describe('robots.txt and sitemap', () => {
  it('names the sitemap, which lists home, every chapter and the explainers by absolute URL', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap.xml`);
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    for (const path of ['', ...chapters.map((c) => `${c}/`), ...EXPLAINERS.map((e) => `${e}/`)])
      expect(xml).toContain(`<loc>${TEST_SITE_URL}/${path}</loc>`);
  });
});
