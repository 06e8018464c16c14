// The map's places and the places left out of it (content/places.json, checked against the names table by
// check.ts before the build renders a page).
import data from '../../../content/places.json' with { type: 'json' };
import type { PlacesData } from './schema.ts';

const places = data as PlacesData;

export const PLACES: PlacesData['places'] = places.places;
export const LEFT_OUT: PlacesData['leftOut'] = places.leftOut;
