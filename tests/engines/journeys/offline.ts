// Offline: after one visit the service worker has installed and keeps the site; with the server stopped a
// chapter opens and a search answers the same as online.
import { describe, expect, it } from 'vitest';
import { waitFor } from '../../support/engines.ts';
import type { EngineSession } from '../../support/engine-session.ts';
import { searchState } from './search-ui.ts';

const PAGE = '[data-search-page]';
const QUERY = 'أردوغان';

export function offlineJourney(session: EngineSession): void {
  describe('offline', () => {
    let online: string[] = [];

    it('installs the service worker on a first visit, which takes control of the page', async () => {
      const { engine, server } = session;
      await engine.open(`${server.url}search/?q=${encodeURIComponent(QUERY)}`);
      online = (await waitFor(engine, searchState, PAGE, 'the results online')).links;
      expect(online.length).toBeGreaterThan(0);
      // Installed means precached: the worker is active once every file of the site is in its cache.
      const active = await waitFor(
        engine,
        () =>
          navigator.serviceWorker.ready.then(
            (r) => r.active?.state === 'activated' && navigator.serviceWorker.controller !== null,
          ),
        null,
        'the service worker in control',
        60_000,
      );
      expect(active).toBe(true);
    });

    it('opens a chapter and answers a search with the server stopped', async () => {
      const { engine, server } = session;
      server.setOnline(false);
      try {
        await engine.open(`${server.url}ukraine-mediation/`);
        const chapter = await engine.run(
          () => ({
            h1: document.querySelectorAll('h1').length,
            paragraphs: document.querySelectorAll('[id^="p-"]').length,
            styled: getComputedStyle(document.body).backgroundColor,
          }),
          null,
        );
        expect(chapter.h1).toBe(1);
        expect(chapter.paragraphs).toBeGreaterThan(0);
        expect(chapter.styled).toBe('rgb(251, 250, 247)');
        await engine.open(`${server.url}search/?q=${encodeURIComponent(QUERY)}`);
        expect((await waitFor(engine, searchState, PAGE, 'the results offline')).links).toEqual(online);
      } finally {
        server.setOnline(true);
      }
    });
  });
}
