// The timeline's picture, worked out at build time as SVG geometry (pages/timeline.astro draws it): the years
// from the first event to the last on one line, right to left as Arabic reads, each at its true distance, so
// the gaps are honest (1992 … 2009 … 2022); and the last year, where most of the story happens, opened out
// by month on a second line. Pure.
import type { TimelineEvent } from './events.ts';

/** The picture's width in SVG units; it scales to the page (viewBox). */
export const WIDTH = 1000;
const MARGIN = 60;
/** Where the two lines are drawn. */
export const YEARS_Y = 70;
export const MONTHS_Y = 230;
export const HEIGHT = 300;

interface Dot {
  x: number;
  y: number;
  /** How many events share the dot's place (drawn as a count beside it when more than one). */
  count: number;
}

interface Tick {
  x: number;
  label: string;
  /** Labels alternate above and below the line where neighbours would touch. */
  above: boolean;
}

export interface TimelinePicture {
  first: number;
  last: number;
  years: Tick[];
  yearDots: Dot[];
  months: Tick[];
  monthDots: Dot[];
  /** The last year's place on the first line, which the second line opens out. */
  lastYearX: number;
  /** The ends of the second line: January and December of the last year. */
  monthsFrom: number;
  monthsTo: number;
}

const yearOf = (e: TimelineEvent): number => Number(e.datetime.slice(0, 4));
const monthOf = (e: TimelineEvent): number | undefined => {
  const m = Number(e.datetime.slice(5, 7));
  return m > 0 ? m : undefined;
};

/** x for a fraction of a line, right to left: 0 at the right end. */
const rtl = (fraction: number): number => Math.round(WIDTH - MARGIN - fraction * (WIDTH - 2 * MARGIN));

/** Dots for places along a line, events at the same place counted on one dot. */
function dots(xs: readonly number[], y: number): Dot[] {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].map(([x, count]) => ({ x, y, count }));
}

/** Ticks with labels, alternating above and below when a label would come within `gap` of the one before. */
function ticks(points: readonly { x: number; label: string }[], gap: number): Tick[] {
  const sorted = [...points].sort((a, b) => b.x - a.x);
  let previous: Tick | undefined;
  return sorted.map((p) => {
    const above = previous !== undefined && previous.x - p.x < gap ? !previous.above : false;
    previous = { ...p, above };
    return previous;
  });
}

/** The picture of events in date order (EVENTS). */
export function layoutTimeline(events: readonly TimelineEvent[], monthName: (m: number) => string): TimelinePicture {
  const years = events.map(yearOf);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const yearX = (year: number) => rtl((year - first) / Math.max(1, last - first));
  const inLast = events.filter((e) => yearOf(e) === last && monthOf(e) !== undefined);
  const monthX = (m: number) => rtl((m - 1) / 11);
  return {
    first,
    last,
    years: ticks(
      [...new Set(years)].map((year) => ({ x: yearX(year), label: String(year) })),
      110,
    ),
    yearDots: dots(years.map(yearX), YEARS_Y),
    months: ticks(
      [...new Set(inLast.map((e) => monthOf(e) ?? 1))].map((m) => ({ x: monthX(m), label: monthName(m) })),
      120,
    ),
    monthDots: dots(
      inLast.map((e) => monthX(monthOf(e) ?? 1)),
      MONTHS_Y,
    ),
    lastYearX: yearX(last),
    monthsFrom: monthX(1),
    monthsTo: monthX(12),
  };
}
