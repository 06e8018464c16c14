// `npm run bench`: every benchmark in turn (weight, scale, offline, search, typing), one at a time: they build and time.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/tools/root.ts';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;
const order = ['bench:weight', 'bench:scale', 'bench:offline', 'bench:search', 'bench:typing'];
const missing = order.filter((name) => !scripts[name]);
for (const name of missing) console.log(`note: ${name} is not in package.json yet; skipped`);
const failed = order
  .filter((name) => scripts[name])
  .filter((name) => spawnSync('npm', ['run', name], { cwd: ROOT, stdio: 'inherit' }).status !== 0);
process.exitCode = failed.length ? 1 : 0;
if (failed.length) console.log(`bench: failed: ${failed.join(', ')}`);
