// The editorial data files of content/ and the check each is held to: the build (integrations/check-data.ts)
// and the tests run this same list, so a file added here is checked everywhere.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../article/parse.ts';
import { checkNames } from '../entities/check.ts';
import { NAMES_FILE } from '../entities/schema.ts';
import { checkTimeline } from '../timeline/check.ts';
import { TIMELINE_FILE } from '../timeline/schema.ts';
import { checkPlaces } from '../map/check.ts';
import { PLACES_FILE } from '../map/schema.ts';
import type { DataProblem } from './json-file.ts';

type Check = (file: string, text: string, article: Article) => DataProblem[];

export const DATA_FILES: readonly { file: string; check: Check }[] = [
  { file: NAMES_FILE, check: checkNames },
  { file: TIMELINE_FILE, check: checkTimeline },
  { file: PLACES_FILE, check: checkPlaces },
];

/** Every data file under `root` checked against the article; empty when all are right. */
export function checkDataFiles(root: string, article: Article): DataProblem[] {
  return DATA_FILES.flatMap(({ file, check }) => {
    const path = join(root, file);
    if (!existsSync(path)) return [{ file, message: 'the file is missing' }];
    return check(file, readFileSync(path, 'utf8'), article);
  });
}
