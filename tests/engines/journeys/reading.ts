// Reading: the home page leads to a chapter, right to left in Arabic; a paragraph's link and a #p-N landing
// work; a page opened from a search result marks each searched word whole (issue 23).
import { describe, expect, it } from 'vitest';
import { waitFor } from '../../support/engines.ts';
import type { EngineSession } from '../../support/engine-session.ts';
import { FEATURES, LACKS } from './features.ts';
import { readMarks } from './marks.ts';

export function readingJourney(session: EngineSession): void {
  describe('reading', () => {
    it('opens the home page in Arabic, right to left, and leads to a chapter from its list', async () => {
      const { engine, server } = session;
      await engine.open(server.url);
      const home = await engine.run(
        () => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          h1: document.querySelectorAll('h1').length,
          direction: getComputedStyle(document.body).direction,
        }),
        null,
      );
      expect(home).toEqual({ lang: 'ar', dir: 'rtl', h1: 1, direction: 'rtl' });
      await engine.click('main a[href$="/syria/"]');
      await waitFor(
        engine,
        () => location.pathname.endsWith('/syria/') && document.readyState === 'complete',
        null,
        'the chapter',
      );
      const chapter = await engine.run(() => {
        const p = document.getElementById('p-1') ?? document.querySelector('[id^="p-"]');
        const range = document.createRange();
        if (p?.firstChild) range.selectNodeContents(p);
        const text = range.getBoundingClientRect();
        const box = p?.getBoundingClientRect();
        return {
          h1: document.querySelector('h1')?.textContent ?? '',
          direction: p ? getComputedStyle(p).direction : '',
          // Text starts at the right: its right edge is the paragraph's.
          rightGap: box ? Math.round(box.right - text.right) : -1,
        };
      }, null);
      expect(chapter.h1).toMatch(/سوريا/);
      expect(chapter.direction).toBe('rtl');
      expect(chapter.rightGap).toBeLessThan(4);
    });

    it('lands on a paragraph from its #p-N link, and its own link gives its address', async () => {
      const { engine, server } = session;
      await engine.open(`${server.url}cica/#p-5`);
      const landed = await waitFor(
        engine,
        () => {
          const p = document.getElementById('p-5');
          const r = p?.getBoundingClientRect();
          return r && r.top < innerHeight && r.bottom > 0 && document.querySelector(':target')?.id;
        },
        null,
        'the paragraph in view',
      );
      expect(landed).toBe('p-5');
      await engine.click('a.paragraph-link[href="#p-4"]');
      await waitFor(engine, () => location.hash === '#p-4', null, 'the paragraph link');
    });

    for (const feature of FEATURES) {
      const lacks = LACKS[session.name].includes(feature);
      it(`${lacks ? 'lacks' : 'has'} ${feature.name}${lacks ? ': the page reads all the same' : ''}`, async () => {
        const { engine, server } = session;
        await engine.open(`${server.url}cica/`);
        expect(await engine.run(feature.has, null)).toBe(!lacks);
        const read = await engine.run(
          () => ({
            header: document.querySelector('header') !== null,
            paragraphs: document.querySelectorAll('[id^="p-"]').length,
            main: document.getElementById('content')?.getBoundingClientRect().height ?? 0,
          }),
          null,
        );
        expect(read.header).toBe(true);
        expect(read.paragraphs).toBeGreaterThan(3);
        expect(read.main).toBeGreaterThan(100);
      });
    }

    it('marks each searched word once and whole on landing from a result (no mark in a mark, none in a word)', async () => {
      const { engine, server } = session;
      const words = ['لكازاخستان', 'كازاخستان'];
      const query = words.map((w) => `pagefind-highlight=${encodeURIComponent(w)}`).join('&');
      await engine.open(`${server.url}bilateral-ties/?${query}`);
      await waitFor(engine, () => document.querySelectorAll('mark.pagefind-highlight').length > 0, null, 'the marks');
      const marks = await engine.run(readMarks, 'mark.pagefind-highlight');
      expect(marks.nested).toBe(0);
      expect(marks.partial).toEqual([]);
      expect(new Set(marks.words)).toEqual(new Set(words));
    });
  });
}
