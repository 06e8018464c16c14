// Gate: no mixed-direction punctuation bugs in the titles of any built page (see lib/bidi-titles.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageTitles, titleProblems } from '../support/gates/bidi-titles.ts';
import { ensureBuilt } from '../support/gates/dist.ts';
import { listPages } from '../../src/lib/files.ts';
import { finish } from '../support/gates/report.ts';

const dist = ensureBuilt();
const problems: string[] = [];
let count = 0;
for (const file of listPages(dist)) {
  for (const { where, text } of pageTitles(readFileSync(join(dist, file), 'utf8'))) {
    count++;
    for (const problem of titleProblems(text)) problems.push(`${file}: ${where} «${text}» ${problem}`);
  }
}
finish('gate:titles', problems, `${count} titles`);
