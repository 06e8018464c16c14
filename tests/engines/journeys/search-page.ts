// The search page: /search/?q= answers in rank order with paragraph links and whole-word marks, a slip is
// corrected with the query as typed one click away and «هل تقصد…» back.
import { describe, expect, it } from 'vitest';
import { waitFor } from '../../support/engines.ts';
import type { EngineSession } from '../../support/engine-session.ts';
import { readMarks } from './marks.ts';
import { searchState } from './search-ui.ts';

const PAGE = '[data-search-page]';

export function searchPageJourney(session: EngineSession): void {
  describe('search page', () => {
    it('answers /search/?q= with the chapters in rank order and links to their paragraphs', async () => {
      const { engine, server } = session;
      await engine.open(`${server.url}search/?q=${encodeURIComponent('لكازاخستان')}`);
      const state = await waitFor(engine, searchState, PAGE, 'the results');
      expect(state.done).toBe('لكازاخستان');
      expect(state.links[0]).toBe('/bilateral-ties/');
      const subs = await engine.run(
        () =>
          [...document.querySelectorAll<HTMLAnchorElement>('.search-result:first-child .search-paragraph-link')].map(
            (a) => a.hash,
          ),
        null,
      );
      expect(subs.length).toBeGreaterThan(0);
      for (const hash of subs) expect(hash).toMatch(/^#p-\d+$/);
    });

    it('marks each found word whole, once, in the excerpts', async () => {
      const { engine, server } = session;
      await engine.open(`${server.url}search/?q=${encodeURIComponent('كازاخستان')}`);
      await waitFor(engine, searchState, PAGE, 'the results');
      const marks = await engine.run(readMarks, `${PAGE} .search-excerpt mark, ${PAGE} .search-paragraph-title mark`);
      expect(marks.count).toBeGreaterThan(0);
      expect(marks.nested).toBe(0);
      expect(marks.partial).toEqual([]);
    });

    it('corrects a slip, links to the query as typed, and «هل تقصد…» gives the results back', async () => {
      const { engine, server } = session;
      await engine.open(`${server.url}search/?q=${encodeURIComponent('زلنسكي')}`);
      const corrected = await waitFor(engine, searchState, PAGE, 'the corrected results');
      expect(corrected.links.length).toBeGreaterThan(0);
      await engine.click(`${PAGE} .search-summary a.search-rerun`);
      const typed = await waitFor(
        engine,
        (root) => {
          const ui = document.querySelector<HTMLElement>(root);
          if (!ui || !location.search.endsWith('&literal') || ui.dataset.searchDone !== 'زلنسكي') return false;
          if (ui.getAttribute('aria-busy') === 'true' || ui.querySelector('.search-result-link')) return false;
          return ui.querySelector('.search-summary')?.textContent ?? '-';
        },
        PAGE,
        'the query as typed',
      );
      expect(typed).toMatch(/زيلينسكي/);
      await engine.click(`${PAGE} .search-summary a.search-rerun`);
      const back = await waitFor(
        engine,
        (root) => {
          const ui = document.querySelector<HTMLElement>(root);
          return (
            !location.search.includes('literal') &&
            ui?.dataset.searchDone === 'زيلينسكي' &&
            ui.querySelectorAll('.search-result-link').length
          );
        },
        PAGE,
        'the results of «هل تقصد…»',
      );
      expect(back).toBe(corrected.links.length);
    });
  });
}
