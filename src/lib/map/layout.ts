// The map of the article's places, worked out at build time as SVG geometry (pages/map.astro draws it): Natural
// Earth's countries (world.ts) projected on a conic equal-area projection fitted to the places, clipped to the
// picture and simplified to whole units with points closer than a phone can show dropped; the countries the
// article names apart, to be shaded; its cities as dots; and the labels (lib/pictures/labels.ts), a country's
// name inside the country and a sea's on open water. Pure.
import { geoConicEqualArea, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPoint } from 'geojson';
import { placeLabels, textWidth, type PlacedLabel } from '../pictures/labels.ts';
import type { Place } from './schema.ts';
import { COUNTRIES, type Country } from './world.ts';

/** The wide picture's size in SVG units; it scales to the page (viewBox). */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 700;

/** How a picture is drawn, in its own SVG units. */
export interface MapFrame {
  width: number;
  /** Fixed, or worked out from the places' extent (a panel as tall as its places need). */
  height?: number;
  /** Room between the places farthest out and the picture's edge, for their labels. */
  padding: number;
  /** Points of a border closer than this to the last one kept are dropped. */
  simplify: number;
  /** The labels' size and the dots' radius. */
  fontSize: number;
  dotRadius: number;
}

/**
 * The wide picture, shown where its box is at least 40rem: there these letters are 14 px, above the page's small
 * print (13 px), and every label, a link, is at least 24 px high, a touch target's least.
 */
const WIDE: MapFrame = {
  width: MAP_WIDTH,
  height: MAP_HEIGHT,
  padding: 60,
  simplify: 3,
  fontSize: 22,
  dotRadius: 6,
};

/**
 * A phone's panel: 300 units drawn across a 320 px screen's 288 px of text, so its letters are 13.4 px there and
 * 16 px at 375 px; a border is thinned to what that scale shows.
 */
export const PANEL: MapFrame = { width: 300, padding: 26, simplify: 2, fontSize: 14, dotRadius: 4 };

/** The panels' split, in degrees east: the west (Mediterranean to Moscow) and the east (Caspian to Almaty). */
const SPLIT_LON = 45;

interface Shape {
  id: string;
  d: string;
}

export interface MapPicture {
  /** Its size and scale, in SVG units. */
  width: number;
  height: number;
  fontSize: number;
  dotRadius: number;
  /** The countries the article does not name, as one path. */
  land: string;
  /** The countries it names, each with its place's id. */
  named: Shape[];
  /** The cities, as dots. */
  cities: { id: string; x: number; y: number }[];
  /** The labels, in the order of `places`. */
  labels: PlacedLabel[];
}

/** A relative move, as few characters as SVG allows: a minus sign separates numbers without a space. */
const step = (dx: number, dy: number): string => `${dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;

/** A path for `country` in whole units, clipped to the picture and thinned; empty when it is out of it. */
function outline(country: Country, projection: GeoProjection, simplify: number): string {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  const context = {
    beginPath: () => undefined,
    moveTo: (x: number, y: number) => {
      ring = [[Math.round(x), Math.round(y)]];
      rings.push(ring);
    },
    lineTo: (x: number, y: number) => {
      const last = ring.at(-1);
      const p: [number, number] = [Math.round(x), Math.round(y)];
      if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= simplify) ring.push(p);
    },
    closePath: () => undefined,
    arc: () => undefined,
  };
  geoPath(projection, context)(country);
  return rings
    .filter((r) => r.length >= 3)
    .map(
      (r) =>
        `M${r[0]?.join(' ') ?? ''}l${r
          .slice(1)
          .map(([x, y], i) => step(x - (r[i]?.[0] ?? 0), y - (r[i]?.[1] ?? 0)))
          .join('')}z`,
    )
    .join('');
}

/** A conic equal-area projection of `places` into `frame`, and the picture's height (the frame's, or what fits). */
function project(places: readonly Place[], frame: MapFrame): { projection: GeoProjection; height: number } {
  const points: Feature<MultiPoint> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: places.map((p) => [p.lon, p.lat]) },
  };
  const middle = (Math.min(...places.map((p) => p.lon)) + Math.max(...places.map((p) => p.lon))) / 2;
  const projection = geoConicEqualArea().parallels([35, 55]).rotate([-middle, 0]);
  const { width, padding } = frame;
  let height = frame.height;
  if (height === undefined) {
    const [[, top], [, bottom]] = geoPath(projection.fitWidth(width - 2 * padding, points)).bounds(points);
    height = Math.round(bottom - top + 2 * padding);
  }
  projection
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      points,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { projection, height };
}

/**
 * The picture of `places` (content/places.json, in label order: the first placed first) in `frame`, the
 * countries of `shade` shaded (all the article's, in a panel that labels only some).
 */
export function layoutMap(places: readonly Place[], frame: MapFrame = WIDE, shade = places): MapPicture {
  const { projection, height } = project(places, frame);
  const { width, fontSize, dotRadius } = frame;
  const at = (p: Place): [number, number] => {
    const xy = projection([p.lon, p.lat]) ?? [0, 0];
    return [Math.round(xy[0]), Math.round(xy[1])];
  };
  const shaded = new Map(shade.filter((p) => p.shape).map((p) => [p.shape, p.id]));
  const land: string[] = [];
  const named: Shape[] = [];
  for (const country of COUNTRIES) {
    const d = outline(country, projection, frame.simplify);
    if (!d) continue;
    const id = shaded.get(String(country.id));
    if (id) named.push({ id, d });
    else land.push(d);
  }
  const cities = places.filter((p) => p.kind === 'city').map((p) => ({ id: p.id, x: at(p)[0], y: at(p)[1] }));
  /** Whether a point of the picture is in the place's country (a country) or on no country's land (a sea). */
  const allows = (p: Place) => (x: number, y: number) => {
    const lonLat = projection.invert?.([x, y]);
    if (!lonLat) return false;
    if (p.kind === 'sea') return !COUNTRIES.some((c) => geoContains(c, lonLat));
    const shape = COUNTRIES.find((c) => c.id === p.shape);
    return shape !== undefined && geoContains(shape, lonLat);
  };
  const inputs = places.map((p) => ({
    id: p.id,
    text: p.name,
    x: at(p)[0],
    y: at(p)[1],
    dot: p.kind === 'city',
    ...(p.kind === 'city' ? {} : { allows: allows(p) }),
  }));
  const labels = placeLabels(inputs, {
    width,
    height,
    fontSize,
    dotRadius,
    gap: fontSize / 5,
    measure: textWidth,
  });
  return { width, height, fontSize, dotRadius, land: land.join(''), named, cities, labels };
}

/**
 * The same places for a phone, in two panels drawn one above the other: the west and the east of SPLIT_LON,
 * each fitted to its own places, so every label is the page's small print or more with no sideways panning.
 */
export function layoutPanels(places: readonly Place[]): MapPicture[] {
  return [places.filter((p) => p.lon < SPLIT_LON), places.filter((p) => p.lon >= SPLIT_LON)].map((part) =>
    layoutMap(part, PANEL, places),
  );
}
