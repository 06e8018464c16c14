// The map's places held to the names table before the build renders a page: its shape (schema.ts), every place
// of the names table either drawn or left out with a reason (never both), every place drawn an entry of the
// table with the table's name, every country's shape in world-atlas with its label inside it, every sea's
// label point on open water.
import { geoContains } from 'd3-geo';
import { inFileOrder, pathText, readDataFile, type DataPath, type DataProblem } from '../data/json-file.ts';
import { ENTITIES } from '../entities/table.ts';
import { placesSchema } from './schema.ts';
import { COUNTRIES } from './world.ts';

/** The problems of the places file `text` (the file `file`), empty when it is right. */
export function checkPlaces(file: string, text: string): DataProblem[] {
  const { data, problems, lineOf } = readDataFile(file, text, placesSchema);
  if (!data) return problems;
  const report = (path: DataPath, message: string): void => {
    const line = lineOf(path);
    problems.push({ file, ...(line ? { line } : {}), message: `${pathText(path)}: ${message}` });
  };
  const entries = new Map(ENTITIES.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const claim = (path: DataPath, id: string): void => {
    const entry = entries.get(id);
    if (!entry || entry.kind !== 'place') report([...path, 'id'], `"${id}" is not a place of the names table`);
    else if (seen.has(id)) report([...path, 'id'], `"${id}" is already drawn or left out`);
    seen.add(id);
  };
  data.places.forEach((place, i) => {
    const path = ['places', i];
    claim(path, place.id);
    const entry = entries.get(place.id);
    if (entry && entry.name !== place.name)
      report([...path, 'name'], `the names table writes it «${entry.name}», not «${place.name}»`);
    if (entry && entry.latin !== place.latin)
      report([...path, 'latin'], `the names table's Latin name is "${entry.latin}"`);
    const point: [number, number] = [place.lon, place.lat];
    if (place.kind === 'country') {
      const shape = COUNTRIES.find((c) => c.id === place.shape);
      if (!shape) report([...path, 'shape'], `world-atlas has no country "${place.shape ?? ''}"`);
      else if (!geoContains(shape, point))
        report(path, `the label point is outside the shape of ${shape.properties.name}`);
    } else if (place.shape !== undefined) report([...path, 'shape'], `only a country has a shape`);
    if (place.kind === 'sea' && COUNTRIES.some((c) => geoContains(c, point)))
      report(path, 'the label point is on land');
  });
  data.leftOut.forEach((left, i) => claim(['leftOut', i], left.id));
  for (const entry of ENTITIES)
    if (entry.kind === 'place' && !seen.has(entry.id))
      problems.push({ file, message: `"${entry.id}" (${entry.name}) is neither drawn nor left out` });
  return inFileOrder(problems);
}
