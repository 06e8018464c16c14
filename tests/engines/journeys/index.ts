// Every journey, in the order each engine's test file runs them (one browser of the engine for all).
import type { EngineSession } from '../../support/engine-session.ts';
import { offlineJourney } from './offline.ts';
import { readingJourney } from './reading.ts';
import { searchDialogJourney } from './search-dialog.ts';
import { searchPageJourney } from './search-page.ts';

export function journeys(session: EngineSession): void {
  readingJourney(session);
  searchPageJourney(session);
  searchDialogJourney(session);
  // Last: the service worker, once in control, serves the other journeys' pages from its cache.
  offlineJourney(session);
}
