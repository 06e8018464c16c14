// The shape of the map's places (content/places.json): each place of the names table drawn on the map, with
// editorial coordinates and their source, or left out with the reason. Checked by check.ts.
import { z } from 'astro/zod';

/** Where the map's places live, from the project's root. */
export const PLACES_FILE = 'content/places.json';

const placeSchema = z
  .object({
    // The names table's entry (content/names.json) the place is: its label links to it on /names/.
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'lower-case Latin words joined by hyphens, like black-sea'),
    // The article's words: the name as the article writes it, the label (must equal the names table's).
    name: z.string().trim().min(1),
    // Editorial: the Latin name (must equal the names table's).
    latin: z.string().regex(/[A-Za-z]/, 'a Latin name has Latin letters'),
    // How it is drawn: a country shaded (its shape), a city as a dot, a sea named on its water.
    kind: z.enum(['country', 'city', 'sea']),
    // Editorial: the country's shape in world-atlas (Natural Earth), by ISO 3166-1 numeric code; countries only.
    shape: z
      .string()
      .regex(/^\d{3}$/, 'an ISO 3166-1 numeric code of three digits')
      .optional(),
    // Editorial: the city's place, or where a country's or a sea's name is written, in degrees.
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    // Editorial: where the coordinates come from.
    source: z.string().trim().min(1),
  })
  .strict();

const leftOutSchema = z
  .object({
    // The names table's entry that is a place but not drawn.
    id: z.string().min(1),
    // Editorial: why it cannot be drawn honestly; shown under the map.
    why: z.string().trim().min(1),
  })
  .strict();

export const placesSchema = z
  .object({
    // The places drawn, in the order their labels are placed, the first nearest its point: cities (by their
    // dots), seas (little open water), then countries from the smallest.
    places: z.array(placeSchema).min(1),
    // The places of the names table not drawn, each with the reason.
    leftOut: z.array(leftOutSchema),
  })
  .strict();

export type PlacesData = z.infer<typeof placesSchema>;
export type Place = PlacesData['places'][number];
