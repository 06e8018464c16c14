// The index of names, the timeline and the map as built: reachable from every page and the home page, out of the
// search index, every entity and event on the page, every date a valid <time>, inferred dates marked.
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';
import { listPages } from '../../src/lib/files.ts';
import { loadPage, querySelector, querySelectorAll, textOf } from '../support/html.ts';
import { EXPLAINERS } from '../../src/lib/explainers.ts';
import { ENTITIES } from '../../src/lib/entities/table.ts';
import { EVENTS } from '../../src/lib/timeline/events.ts';
import { ui } from '../../src/i18n/ui.ts';
import { article } from '../support/chapters.ts';

const pages = listPages(DIST).filter((f) => !f.startsWith('pagefind/') && !f.startsWith('404'));

describe('the explainers', () => {
  it.each(EXPLAINERS)('%s is linked from the menu of every page and from the home page', (name) => {
    for (const file of pages) {
      const { doc } = loadPage(DIST, file);
      const menu = querySelectorAll(querySelector(doc, 'header'), 'a').map((a) => a.attributes.href);
      expect(menu, file).toContain(`/${name}/`);
    }
    const home = querySelectorAll(querySelector(loadPage(DIST, 'index.html').doc, 'main'), 'a');
    expect(home.map((a) => a.attributes.href)).toContain(`/${name}/`);
  });

  it.each(EXPLAINERS)('%s quotes the article but is kept out of the search index', (name) => {
    const { html } = loadPage(DIST, `${name}/index.html`);
    expect(html).not.toContain('data-pagefind-body');
  });
});

describe('/names/', () => {
  const { doc } = loadPage(DIST, 'names/index.html');

  it('has an entry for every entity with its Latin name marked English, left to right', () => {
    for (const entity of ENTITIES) {
      const entry = querySelector(doc, `li#${entity.id}`);
      expect(entry, entity.id).toBeTruthy();
      expect(textOf(querySelector(entry, 'h3 [lang="en"][dir="ltr"]'))).toBe(entity.latin);
    }
  });

  it('links each paragraph to its place in its chapter, the name highlighted on landing', () => {
    const links = querySelectorAll(doc, 'li.entity a').filter((a) => !String(a.attributes.href).startsWith('/map/'));
    expect(links.length).toBeGreaterThan(ENTITIES.length);
    for (const a of links) {
      const href = String(a.attributes.href);
      expect(href).toMatch(/^\/[a-z-]+\/\?pagefind-highlight=[^#]+#p-\d+$/);
      const words = new URL(href, 'http://x').searchParams.getAll('pagefind-highlight');
      const n = Number(href.split('#p-')[1]);
      for (const w of words) expect(article.paragraphs[n - 1]).toContain(w);
    }
  });

  it('links every place to the map, and nothing else there', () => {
    const toMap = querySelectorAll(doc, 'li.entity a').filter((a) => String(a.attributes.href).startsWith('/map/'));
    const places = ENTITIES.filter((e) => e.kind === 'place').map((e) => `/map/#${e.id}`);
    expect(toMap.map((a) => a.attributes.href).sort()).toEqual(places.sort());
  });
});

describe('/map/', () => {
  const { doc } = loadPage(DIST, 'map/index.html');

  it('labels every place drawn with a link to its entry, and lists each under the map with the same link', () => {
    const labels = querySelectorAll(doc, 'svg a');
    expect(labels.length).toBeGreaterThan(10);
    for (const a of labels) {
      const id = String(a.attributes['data-place']);
      expect(a.attributes.href).toBe(`/names/#${id}`);
      expect(querySelector(doc, `li#${id} a`).attributes.href).toBe(`/names/#${id}`);
    }
  });
});

describe('/timeline/', () => {
  const { doc } = loadPage(DIST, 'timeline/index.html');

  it('lists every event in an ordered list, each with a valid <time> and a link to its paragraph', () => {
    const items = querySelectorAll(doc, 'ol.timeline-list > li');
    expect(items).toHaveLength(EVENTS.length);
    items.forEach((li, i) => {
      const time = querySelector(li, 'time');
      expect(time.attributes.datetime).toBe(EVENTS[i]?.datetime);
      expect(querySelector(li, `a[href$="#p-${EVENTS[i]?.paragraph}"]`)).toBeTruthy();
      expect(textOf(querySelector(li, 'blockquote p'))).toBe(EVENTS[i]?.quote);
    });
  });

  it('marks every inferred date as such, in words', () => {
    const marked = querySelectorAll(doc, '.timeline-inferred');
    expect(marked).toHaveLength(EVENTS.filter((e) => e.inferred).length);
    for (const m of marked) expect(textOf(m)).toBe(ui.inferredDate);
  });

  it('draws the picture at build time: an SVG hidden from screen readers (the list says it all), no script', () => {
    const svg = querySelector(doc, 'figure svg');
    expect(svg.attributes['aria-hidden']).toBe('true');
    expect(querySelectorAll(doc, 'main script')).toHaveLength(0);
  });
});
