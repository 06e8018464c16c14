// Gate: every built HTML file is valid and well-formed by html-validate's recommended and document
// rules (config in .htmlvalidate.json); 0 errors, reported file by file, line by line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatterFactory, HtmlValidate, type ConfigData } from 'html-validate';
import { ensureBuilt } from '../support/gates/dist.ts';
import { listPages } from '../../src/lib/files.ts';
import { ROOT } from '../../src/tools/root.ts';
import { finish } from '../support/gates/report.ts';

const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const dist = ensureBuilt();
const files = listPages(dist).map((file) => join(dist, file));
const report = await new HtmlValidate(config).validateMultipleFiles(files);
const problems = report.results.flatMap((result) =>
  result.messages.filter((m) => m.severity === 2).map((m) => `${result.filePath}:${m.line}:${m.column} ${m.ruleId}`),
);
if (!report.valid) console.log(formatterFactory('stylish')(report.results));
finish('gate:html', problems, `${files.length} files, ${report.warningCount} warning(s)`);
