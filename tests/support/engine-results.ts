// Records, at the end of each engine's test file, how many of its journey checks passed, and rewrites the one
// table of all three (tests/engines/results/engines.md), which .ci/run prints.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { RunnerTestSuite } from 'vitest';
import type { EngineName } from './engines.ts';
import { ROOT } from '../../src/tools/root.ts';

const DIR = join(ROOT, 'tests/engines/results');
const ORDER: EngineName[] = ['chromium', 'webkit', 'firefox'];

interface Counts {
  version: string;
  journeys: Record<string, { passed: number; total: number }>;
}

/** Every test under a suite, with the name of the journey (its top describe) it belongs to. */
function tests(suite: RunnerTestSuite, journey?: string): { journey: string; passed: boolean }[] {
  return suite.tasks.flatMap((task) => {
    if (task.type === 'suite') return tests(task, journey ?? task.name);
    return [{ journey: journey ?? task.name, passed: task.result?.state === 'pass' }];
  });
}

/** Register the hook that writes this engine's counts and the table; `version()` is asked at the end (the
 *  engine has started by then, or the file failed at its start: '-'). */
export function recordResults(name: EngineName, version: () => string | undefined): void {
  // Vitest passes the file's suite second, and wants the first argument destructured.
  // eslint-disable-next-line no-empty-pattern
  afterAll(({}, suite) => {
    const journeys: Counts['journeys'] = {};
    for (const { journey, passed } of tests(suite)) {
      const entry = (journeys[journey] ??= { passed: 0, total: 0 });
      entry.total += 1;
      if (passed) entry.passed += 1;
    }
    mkdirSync(DIR, { recursive: true });
    writeWhole(join(DIR, `${name}.json`), `${JSON.stringify({ version: version() ?? '-', journeys }, null, 2)}\n`);
    // Two engines' files can end together: written again until it holds what every engine's file says now.
    let written: string;
    do {
      written = table();
      writeWhole(join(DIR, 'engines.md'), written);
    } while (table() !== written);
  });
}

/** Write `file` whole or not at all: the engines' files run side by side, and one reads what another writes. */
function writeWhole(file: string, text: string): void {
  writeFileSync(`${file}.${process.pid}`, text);
  renameSync(`${file}.${process.pid}`, file);
}

function table(): string {
  const rows = ORDER.filter((name) => existsSync(join(DIR, `${name}.json`))).map((name) => {
    const counts = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Counts;
    const all = Object.values(counts.journeys);
    const sum = (key: 'passed' | 'total'): number => all.reduce((n, j) => n + j[key], 0);
    const each = Object.entries(counts.journeys).map(([journey, j]) => `${journey} ${j.passed}/${j.total}`);
    return `| ${name} | ${counts.version} | ${sum('passed')} / ${sum('total')} | ${each.join('; ')} |`;
  });
  return ['| engine | version | checks passed | by journey |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}
