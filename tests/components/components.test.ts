// Components rendered through the Astro Container API, with the props the pages give them.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAV_MAX } from '../../src/lib/chapters/order.ts';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import ChapterCard from '../../src/components/ChapterCard.astro';
import ChapterNav from '../../src/components/ChapterNav.astro';
import Pagination from '../../src/components/Pagination.astro';
import TableOfContents from '../../src/components/TableOfContents.astro';
import ThemeToggle from '../../src/components/ThemeToggle.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const chapter = (id: string, order: number, title: string) => ({
  id,
  collection: 'chapters' as const,
  body: Array(300).fill('كلمة').join(' '),
  data: { title, summary: `ملخص ${title} في جملة واحدة.`, description: 'وصف للفصل لمحركات البحث.', order },
});

describe('Pagination', () => {
  it('links prev and next with rel, arrows pointing the reading way (right to left)', async () => {
    const html = await container.renderToString(Pagination, {
      props: { prev: chapter('cica', 2, 'قمة'), next: chapter('syria', 4, 'سوريا') },
    });
    expect(html).toMatch(/<a href="\/cica\/" rel="prev"[^>]*>.*→.*الفصل السابق/s);
    expect(html).toMatch(/<a href="\/syria\/" rel="next"[^>]*>.*الفصل التالي.*←/s);
  });
  it('leaves out the missing side at either end', async () => {
    const html = await container.renderToString(Pagination, {
      props: { prev: undefined, next: chapter('cica', 2, 'قمة') },
    });
    expect(html).not.toContain('rel="prev"');
    expect(html).toContain('rel="next"');
  });
});

describe('Breadcrumbs', () => {
  it('leads from home to the current page', async () => {
    const html = await container.renderToString(Breadcrumbs, { props: { title: 'سوريا ومسار أستانا' } });
    expect(html).toMatch(/aria-label="مسار التنقل"/);
    expect(html).toMatch(/<a href="\/">الرئيسية<\/a>/);
    expect(html).toMatch(/aria-current="page">سوريا ومسار أستانا/);
  });
});

describe('TableOfContents', () => {
  it('lists the subheadings as links to their ids', async () => {
    const html = await container.renderToString(TableOfContents, {
      props: { items: [{ slug: 'لقاء-أردوغان--بوتين', text: 'لقاء أردوغان – بوتين', children: [] }] },
    });
    expect(html).toContain('في هذه الصفحة');
    expect(html).toContain('href="#لقاء-أردوغان--بوتين"');
  });
  it('renders nothing without subheadings', async () => {
    expect((await container.renderToString(TableOfContents, { props: { items: [] } })).trim()).toBe('');
  });
});

describe('ChapterCard', () => {
  it('shows title, summary, position and reading time in Arabic', async () => {
    const html = await container.renderToString(ChapterCard, {
      props: { chapter: chapter('cica', 2, 'قمة آسيا'), position: 2, total: 4 },
    });
    expect(html).toContain('href="/cica/"');
    expect(html).toContain('الفصل ٢ من ٤');
    expect(html).toContain('ملخص قمة آسيا في جملة واحدة.');
    expect(html).toContain('دقيقتان');
  });
});

describe('ThemeToggle', () => {
  it('is a labelled two-state button', async () => {
    const html = await container.renderToString(ThemeToggle);
    expect(html).toMatch(/<button type="button" data-theme-toggle aria-pressed="false"/);
    expect(html).toContain('الوضع الداكن');
  });
});

describe('ChapterNav', () => {
  const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);

  it('lists every chapter, the current one marked, when there are few', async () => {
    const chapters = [chapter('a', 1, 'أ'), chapter('b', 2, 'ب'), chapter('c', 3, 'ج')];
    const html = await container.renderToString(ChapterNav, { props: { chapters, current: 'b' } });
    expect(links(html)).toEqual(['/a/', '/b/', '/c/']);
    expect(html).toMatch(/<a href="\/b\/" aria-current="page"/);
  });

  it('with very many, lists those around the current one and links to the full list', async () => {
    const chapters = Array.from({ length: 200 }, (_, i) => chapter(`c${i}`, i, `فصل ${i}`));
    const html = await container.renderToString(ChapterNav, { props: { chapters, current: 'c150' } });
    const hrefs = links(html);
    expect(hrefs).toHaveLength(NAV_MAX + 1);
    expect(hrefs).toContain('/c150/');
    expect(hrefs.at(-1)).toBe('/#chapters');
    expect(html).toContain('كل الفصول (٢٠٠)');
  });
});
