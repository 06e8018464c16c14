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

/** The picture's size in SVG units; it scales to the page (viewBox). */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 700;
/** Room between the places farthest out and the picture's edge, for their labels. */
const PADDING = 60;
/** Points of a border closer than this to the last one kept are dropped. */
const SIMPLIFY = 3;

/**
 * The labels' size and the dots' radius, in SVG units. The picture is never drawn narrower than 640 px (a phone
 * pans it sideways): there these letters are 14 px, above the page's small print, and every label, a link, is at least 24 px
 * high, a touch target's least.
 */
export const FONT_SIZE = 22;
export const DOT_RADIUS = 6;

interface Shape {
  id: string;
  d: string;
}

export interface MapPicture {
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
function outline(country: Country, projection: GeoProjection): string {
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
      if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= SIMPLIFY) ring.push(p);
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

/** The picture of `places` (content/places.json, in label order: the first placed first). */
export function layoutMap(places: readonly Place[]): MapPicture {
  const points: Feature<MultiPoint> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: places.map((p) => [p.lon, p.lat]) },
  };
  const middle = (Math.min(...places.map((p) => p.lon)) + Math.max(...places.map((p) => p.lon))) / 2;
  const projection = geoConicEqualArea()
    .parallels([35, 55])
    .rotate([-middle, 0])
    .fitExtent(
      [
        [PADDING, PADDING],
        [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
      ],
      points,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const at = (p: Place): [number, number] => {
    const xy = projection([p.lon, p.lat]) ?? [0, 0];
    return [Math.round(xy[0]), Math.round(xy[1])];
  };
  const shaded = new Map(places.filter((p) => p.shape).map((p) => [p.shape, p.id]));
  const land: string[] = [];
  const named: Shape[] = [];
  for (const country of COUNTRIES) {
    const d = outline(country, projection);
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
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    fontSize: FONT_SIZE,
    dotRadius: DOT_RADIUS,
    gap: FONT_SIZE / 5,
    measure: textWidth,
  });
  return { land: land.join(''), named, cities, labels };
}
