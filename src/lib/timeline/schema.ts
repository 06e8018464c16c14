// The shape of the timeline's data (content/timeline.json): what is the article's own words (checked against its
// text by check.ts) and what is editorial (marked so here and in content/README.md).
import { z } from 'astro/zod';
import { INFERENCE_NAMES } from './inferred.ts';

/** Where the timeline's data lives, from the project's root. */
export const TIMELINE_FILE = 'content/timeline.json';

/** A date as precise as the article allows, for <time datetime>: 1992, 1992-03, 2022-07-19. */
const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

const eventSchema = z
  .object({
    // The date, as precise as the article allows (editorial where `inferred` says so).
    datetime: isoDate,
    // The last day, for an event of several days (12-13 أكتوبر).
    until: isoDate.optional(),
    // Editorial: what happened, in a few words; the event's heading.
    label: z.string().trim().min(1),
    // The article's words, verbatim, from paragraph `paragraph`.
    quote: z.string().min(1),
    // The article paragraph the quote is from, numbered from 1.
    paragraph: z.number().int().min(1),
    // The words of the quote that date it (the check of date-like words reads them).
    expression: z.string().min(1),
    // Editorial: the inference the date rests on, when the article does not write it whole (inferred.ts).
    inferred: z.enum(INFERENCE_NAMES).optional(),
  })
  .strict();

const leftOutSchema = z
  .object({
    // The article paragraph, numbered from 1.
    paragraph: z.number().int().min(1),
    // The article's date-like words that are deliberately not an event.
    expression: z.string().min(1),
    // Editorial: why they are left out.
    why: z.string().trim().min(1),
  })
  .strict();

export const timelineSchema = z
  .object({
    // Every dated event of the article, in date order.
    events: z.array(eventSchema).min(1),
    // The date-like words of the article that are not events, each with the reason.
    leftOut: z.array(leftOutSchema),
  })
  .strict();

export type TimelineData = z.infer<typeof timelineSchema>;
export type EventData = TimelineData['events'][number];
