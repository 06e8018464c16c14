// The editorial data of content/ (the names table, the timeline's events, the map's places) is held to its schema and to the
// article before the build renders a page: a broken file stops the build with a line a problem, naming the
// file, the line and what is wrong. One fixture per kind of mistake, under tests/fixtures/data/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it, vi } from 'vitest';
import checkData from '../../src/integrations/check-data.ts';
import { DATA_FILES, checkDataFiles } from '../../src/lib/data/check.ts';
import { formatDataProblems } from '../../src/lib/data/json-file.ts';
import { checkNames } from '../../src/lib/entities/check.ts';
import { NAMES_FILE } from '../../src/lib/entities/schema.ts';
import { checkTimeline } from '../../src/lib/timeline/check.ts';
import { TIMELINE_FILE } from '../../src/lib/timeline/schema.ts';
import { checkPlaces } from '../../src/lib/map/check.ts';
import { PLACES_FILE } from '../../src/lib/map/schema.ts';
import { ROOT } from '../../src/tools/root.ts';
import { article } from '../support/chapters.ts';

const fixture = (name: string): string => readFileSync(join(ROOT, 'tests/fixtures/data', name), 'utf8');
const names = (name: string): string => formatDataProblems(checkNames(NAMES_FILE, fixture(name), article));
const timeline = (name: string): string => formatDataProblems(checkTimeline(TIMELINE_FILE, fixture(name), article));

describe('checkDataFiles', () => {
  it('finds the data of content/ right', () => {
    expect(formatDataProblems(checkDataFiles(ROOT, article))).toBe('');
    expect(DATA_FILES.map((d) => d.file)).toEqual([
      'content/names.json',
      'content/timeline.json',
      'content/places.json',
    ]);
  });
});

describe('checkNames', () => {
  it('names the file, the line and the field of a value the schema refuses', () => {
    expect(names('names.bad-kind.json')).toMatch(/^content\/names\.json:11: 1\.kind: .*"person"\|"place"\|"body"$/);
    expect(names('names.missing-latin.json')).toMatch(/^content\/names\.json:2: 0\.latin: .*string.*undefined/);
  });

  it('refuses an id given twice and an entry the article never names', () => {
    expect(names('names.duplicate-unnamed.json')).toBe(
      [
        'content/names.json:10: 1.id: "putin" is already the id of entry 0',
        'content/names.json:21: 2.mentions: the article names "ميدفيديف" nowhere by ميدفيديف',
      ].join('\n'),
    );
  });

  it("gives a syntax error at its line, in JSON's words", () => {
    expect(names('names.syntax.json')).toBe(
      "content/names.json:5: invalid JSON: Expected ',' or '}' after property value",
    );
  });
});

describe('checkTimeline', () => {
  it('refuses a quote not found verbatim and a word left out that the paragraph does not have', () => {
    expect(timeline('timeline.misquoted.json')).toBe(
      [
        'content/timeline.json:6: events.0.quote: not found verbatim in paragraph 9 of the article',
        'content/timeline.json:8: events.0.expression: «مارس 1992» is not in the quote',
        'content/timeline.json:11: leftOut.0.expression: «الأحد» is not in paragraph 11 of the article',
      ].join('\n'),
    );
  });

  it('refuses a date the quote does not write without its inference, one the inference does not give, and disorder', () => {
    expect(timeline('timeline.undated.json')).toBe(
      [
        'content/timeline.json:3: events.0: the quote does not write the year 2022: name the inference the date rests on ("inferred")',
        'content/timeline.json:11: events.1.datetime: 2022-05 does not agree with the inference "lastMonth", which gives 2022-09',
        "content/timeline.json:11: events.1.datetime: 2022-05 comes before an earlier event's 2022-09",
      ].join('\n'),
    );
  });

  it('refuses an impossible date and an inference it does not know', () => {
    const report = timeline('timeline.bad-date.json');
    expect(report).toMatch(/^content\/timeline\.json:4: events\.0\.datetime: a date as YYYY, YYYY-MM or YYYY-MM-DD$/m);
    expect(report).toMatch(
      /^content\/timeline\.json:9: events\.0\.inferred: .*"year"\|"lastMonth"\|"sameYear"\|"thursday"$/m,
    );
  });
});

describe('checkPlaces', () => {
  it('holds every place to the names table, its shape and its water, and every place of the table to the map', () => {
    const report = formatDataProblems(checkPlaces(PLACES_FILE, fixture('places.wrong.json')));
    expect(report.split('\n').filter((line) => /:\d+:/.test(line))).toEqual([
      'content/places.json:5: places.0.name: the names table writes it «أستانا», not «استانا»',
      'content/places.json:12: places.1: the label point is outside the shape of Turkey',
      'content/places.json:22: places.2: the label point is on land',
      'content/places.json:32: places.3.id: "erdogan" is not a place of the names table',
      'content/places.json:41: leftOut.0.id: "astana" is already drawn or left out',
    ]);
    expect(report).toMatch(/^content\/places\.json: "almaty" \(ألماتي\) is neither drawn nor left out$/m);
  });
});

describe('the data check in the build (integrations/check-data.ts)', () => {
  const temp = mkdtempSync(join(tmpdir(), 'data-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  // A project whose names table is broken and whose timeline is missing.
  mkdirSync(join(temp, 'content'));
  writeFileSync(join(temp, NAMES_FILE), fixture('names.bad-kind.json'));

  type SetupOptions = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];
  /** Run the hook as Astro would for `command`: what it logged as errors, and the exit code it asked for. */
  function run(command: 'build' | 'dev'): { errors: string[]; exit: unknown[] } {
    const errors: string[] = [];
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const logger = { info: () => undefined, error: (message: string) => errors.push(message) };
    const options = { config: { root: pathToFileURL(`${temp}/`) }, command, logger } as unknown as SetupOptions;
    try {
      void checkData(article).hooks['astro:config:setup']?.(options);
      return { errors, exit: exit.mock.calls.map((call) => call[0]) };
    } finally {
      exit.mockRestore();
    }
  }

  it('stops a build on a broken file, with one line a problem and no stack trace', () => {
    const { errors, exit } = run('build');
    expect(exit).toEqual([1]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^The editorial data has errors:\ncontent\/names\.json:11: 1\.kind: /);
    expect(errors[0]).toMatch(
      /\ncontent\/timeline\.json: the file is missing\ncontent\/places\.json: the file is missing$/,
    );
    expect(errors[0]).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('lets the dev server run, with the report in its log', () => {
    const { errors, exit } = run('dev');
    expect(exit).toEqual([]);
    expect(errors[0]).toMatch(/content\/names\.json:11: 1\.kind: /);
  });
});
