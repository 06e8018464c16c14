// The countries of Natural Earth at 1:110m (world-atlas), as GeoJSON features keyed by ISO 3166-1 numeric code:
// for the map's drawing (geometry.ts) and the check of its places (check.ts). Build time only.
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';

export type Country = Feature<Geometry, { name: string }>;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Every country, its `id` the ISO code world-atlas gives it. */
export const COUNTRIES: readonly Country[] = feature(topology, topology.objects.countries).features;
