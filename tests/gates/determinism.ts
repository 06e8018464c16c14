// Gate: two builds of the same commit are byte-identical, so a deploy can be reproduced and diffed;
// a difference is reported by file, with where the bytes first differ.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from '../../src/tools/astro-build.ts';
import { listFiles } from '../../src/lib/files.ts';
import { ROOT } from '../../src/tools/root.ts';
import { finish } from '../support/gates/report.ts';

/** Files that must differ between builds, with the reason; none so far. */
export const EXPECTED_TO_DIFFER: Record<string, string> = {};

/** Where two buffers first differ, with a little text around it. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (x: Buffer) => JSON.stringify(x.subarray(Math.max(0, i - 30), i + 30).toString('utf8'));
  return `at byte ${i} (sizes ${a.length} and ${b.length}): ${around(a)} vs ${around(b)}`;
}

const dirs = [join(ROOT, 'dist-determinism/a'), join(ROOT, 'dist-determinism/b')] as const;
rmSync(join(ROOT, 'dist-determinism'), { recursive: true, force: true });
for (const dir of dirs) astroBuild(dir);
const [a, b] = dirs.map((dir) => new Set(listFiles(dir))) as [Set<string>, Set<string>];
const problems: string[] = [];
for (const file of a) if (!b.has(file)) problems.push(`${file} is only in the first build`);
for (const file of b) if (!a.has(file)) problems.push(`${file} is only in the second build`);
let same = 0;
for (const file of a) {
  if (!b.has(file)) continue;
  const [x, y] = dirs.map((dir) => readFileSync(join(dir, file)));
  if (x!.equals(y!)) same++;
  else if (EXPECTED_TO_DIFFER[file]) console.log(`expected: ${file} differs (${EXPECTED_TO_DIFFER[file]})`);
  else problems.push(`${file} differs ${firstDifference(x!, y!)}`);
}
rmSync(join(ROOT, 'dist-determinism'), { recursive: true, force: true });
finish('gate:determinism', problems, `${same} of ${a.size} files byte-identical`);
