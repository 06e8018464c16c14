// Runs every `gate:*` script of package.json in turn, as CI does, and says which failed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/tools/root.ts';

const scripts = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
).filter((name) => name.startsWith('gate:'));
const failed = scripts.filter(
  (name) => spawnSync('npm', ['run', '--silent', name], { cwd: ROOT, stdio: 'inherit' }).status !== 0,
);
console.log(
  `\ngates: ${scripts.length - failed.length} passed, ${failed.length} failed${failed.length ? `: ${failed.join(', ')}` : ''}`,
);
process.exitCode = failed.length ? 1 : 0;
