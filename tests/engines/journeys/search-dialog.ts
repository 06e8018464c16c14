// The search dialog on a reading page: opened by the header's control and by Ctrl+K, typed into, walked with
// the arrows, Enter opens the result chosen (its words marked), and Esc closes it, from the box too (WebKit
// would spend Esc on emptying a search box).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../../support/search-screenshots.ts';
import { waitFor, type Engine } from '../../support/engines.ts';
import type { EngineSession } from '../../support/engine-session.ts';
import { readMarks } from './marks.ts';

const DIALOG = '[data-testid=search-dialog]';

// Runs in the page, sent as source: no closures.
const openWithFocus = (dialog: string): boolean =>
  document.querySelector<HTMLDialogElement>(dialog)?.open === true && document.activeElement?.closest(dialog) != null;

async function closesWithEsc(engine: Engine): Promise<void> {
  await engine.press('Escape');
  await waitFor(engine, (d) => !document.querySelector<HTMLDialogElement>(d)?.open, DIALOG, 'the dialog to close');
  // Focus goes back to the control once the dialog has closed: awaited, as a loaded machine may be a frame late.
  await waitFor(engine, () => document.activeElement?.hasAttribute('data-site-search'), null, 'focus on the control');
}

export function searchDialogJourney(session: EngineSession): void {
  describe('search dialog', () => {
    it('opens from the header control, focus in the box; Esc closes it and gives focus back', async () => {
      const { engine, server } = session;
      await engine.open(`${server.url}syria/`);
      await engine.click('[data-site-search]');
      await waitFor(engine, openWithFocus, DIALOG, 'the dialog with focus');
      await closesWithEsc(engine);
    });

    it('opens with Ctrl+K; typing answers; the arrows move through the results; Enter opens one, its words marked', async () => {
      const { engine, server } = session;
      await engine.open(`${server.url}cica/`);
      await engine.press('Control+k');
      await waitFor(engine, openWithFocus, DIALOG, 'the dialog with focus');
      await engine.type('توكاييف');
      await waitFor(engine, (d) => document.querySelectorAll(`${d} .search-result-link`).length > 0, DIALOG, 'results');
      // For a person to compare the engines: screenshots/engines/<engine>-search-dialog.png.
      mkdirSync(join(SCREENSHOTS, 'engines'), { recursive: true });
      writeFileSync(join(SCREENSHOTS, 'engines', `${session.name}-search-dialog.png`), await engine.screenshot());
      await engine.press('ArrowDown');
      const first = await waitFor(
        engine,
        () =>
          (document.activeElement?.matches('.search-result-link, .search-paragraph-link') ?? false) &&
          document.activeElement?.getAttribute('href'),
        null,
        'a result focused',
      );
      await engine.press('ArrowDown');
      const second = await engine.run(() => document.activeElement?.getAttribute('href') ?? '', null);
      await engine.press('ArrowUp');
      expect(await engine.run(() => document.activeElement?.getAttribute('href'), null)).toBe(first);
      await engine.press('ArrowDown');
      expect(await engine.run(() => document.activeElement?.getAttribute('href') ?? '', null)).toBe(second);
      await engine.press('Enter');
      await waitFor(
        engine,
        () =>
          location.search.includes('pagefind-highlight=') && document.querySelector('mark.pagefind-highlight') !== null,
        null,
        'the result page, marked',
      );
      expect(await engine.run(() => location.pathname + location.search + location.hash, null)).toBe(
        new URL(second, server.url).pathname + new URL(second, server.url).search + new URL(second, server.url).hash,
      );
      const marks = await engine.run(readMarks, 'mark.pagefind-highlight');
      expect(marks.nested).toBe(0);
      expect(marks.partial).toEqual([]);
    });

    it('closes on Esc from the box with a query in it, and keeps the query for the next time', async () => {
      const { engine, server } = session;
      await engine.open(`${server.url}cica/`);
      await engine.press('Control+k');
      await waitFor(engine, openWithFocus, DIALOG, 'the dialog with focus');
      await engine.type('أستانا');
      await waitFor(engine, (d) => document.querySelectorAll(`${d} .search-result-link`).length > 0, DIALOG, 'results');
      expect(await engine.run(() => document.activeElement?.tagName, null)).toBe('INPUT');
      await closesWithEsc(engine);
      await engine.press('/');
      await waitFor(engine, openWithFocus, DIALOG, 'the dialog again');
      expect(await engine.run((d) => document.querySelector<HTMLInputElement>(`${d} input`)?.value, DIALOG)).toBe(
        'أستانا',
      );
      await closesWithEsc(engine);
    });
  });
}
