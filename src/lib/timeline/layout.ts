// The timeline's picture, worked out at build time as SVG geometry (pages/timeline.astro draws it): the years
// from the first event to the last on one line, right to left as Arabic reads, each at its true distance, so
// the gaps are honest (1992 … 2009 … 2022); and the last year, where most of the story happens, opened out
// by month on a second line. The years are written above their line and the months below theirs, so the band
// that joins the two lines stays clear; a label that would touch its neighbour takes the next row out. The rows
// are sized for the largest letters the page uses (on phones). Pure.
import { ASCENT, DESCENT, textWidth } from '../pictures/labels.ts';
import type { TimelineEvent } from './events.ts';

/** The picture's width in SVG units; it scales to the page (viewBox). */
export const WIDTH = 1000;
const MARGIN = 60;
/** The labels' largest size (the page's CSS: on phones), and the room between rows and around the dots. */
export const LABEL_SIZE = 44;
const GAP = 10;
const DOT = 18;
/** A row of labels: the glyphs' box, and the gap to the next. */
const ROW = Math.ceil((ASCENT + DESCENT) * LABEL_SIZE) + GAP;
/** Where the two lines are drawn: two rows of years above the first, two rows of months below the second. */
export const YEARS_Y = DOT + GAP + 2 * ROW;
export const MONTHS_Y = YEARS_Y + 130;
export const HEIGHT = MONTHS_Y + DOT + GAP + 2 * ROW;

interface Dot {
  x: number;
  y: number;
  /** How many events share the dot's place (drawn as a count beside it when more than one). */
  count: number;
}

interface Tick {
  x: number;
  label: string;
  /** The label's baseline. */
  y: number;
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

/**
 * Ticks with labels on the line at `y`, written on the side `side` (-1 above, 1 below): each in the row nearest
 * the line where it touches no label before it, right to left.
 */
function ticks(points: readonly { x: number; label: string }[], y: number, side: -1 | 1): Tick[] {
  const rowEnds = [Infinity, Infinity];
  return [...points]
    .sort((a, b) => b.x - a.x)
    .map((p) => {
      const half = textWidth(p.label, LABEL_SIZE) / 2;
      const row = rowEnds.findIndex((end) => p.x + half + GAP <= end);
      if (row < 0) throw new Error(`no room for the timeline's label ${p.label}`);
      rowEnds[row] = p.x - half;
      // The baseline: the row's box starts `near` from the line, past the dot.
      const near = DOT + GAP + row * ROW;
      const baseline = side < 0 ? y - near - DESCENT * LABEL_SIZE : y + near + ASCENT * LABEL_SIZE;
      return { ...p, y: Math.round(baseline) };
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
      YEARS_Y,
      -1,
    ),
    yearDots: dots(years.map(yearX), YEARS_Y),
    months: ticks(
      [...new Set(inLast.map((e) => monthOf(e) ?? 1))].map((m) => ({ x: monthX(m), label: monthName(m) })),
      MONTHS_Y,
      1,
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
