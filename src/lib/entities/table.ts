// Every person, place and body the article names: the one table the index of names (/names/) is made from and
// the search's alias table takes its names from (lib/search/aliases.ts), so a spelling added there is found by
// search and listed in the index alike. The data is content (content/names.json), imported as JSON so the
// browser's search bundle gets it without a parser; the build checks it first (check.ts, integrations/check-data.ts).
import names from '../../../content/names.json' with { type: 'json' };
import type { Entity } from './schema.ts';

export const ENTITIES: readonly Entity[] = names as Entity[];
