// Every dated event of the article, in date order, as the timeline draws it: the data of content/timeline.json
// (checked against the article by check.ts before the build renders a page), each inferred date given its
// reason from inferred.ts.
import timeline from '../../../content/timeline.json' with { type: 'json' };
import { INFERENCES } from './inferred.ts';
import type { EventData, TimelineData } from './schema.ts';

/** An event as the page shows it. */
export type TimelineEvent = Omit<EventData, 'inferred'> & {
  /** Why the date is inferred, in words, when the article does not write it whole. */
  inferred?: string;
};

const data = timeline as TimelineData;

export const EVENTS: readonly TimelineEvent[] = data.events.map(({ inferred, ...event }) =>
  inferred ? { ...event, inferred: INFERENCES[inferred].why } : event,
);

/**
 * Date-like words of the article deliberately not on the timeline, each with why: the days statements were
 * made (their dates are not known, and they are not events of the story).
 */
export const LEFT_OUT: TimelineData['leftOut'] = data.leftOut;
