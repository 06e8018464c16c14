// `npm run readme`: rewrite the README's paragraph-to-chapter table from the chapter files (after a re-split).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../lib/article/parse.ts';
import { readChapterFiles } from '../lib/chapters/files.ts';
import { splitTable, withTable } from '../lib/chapters/split-table.ts';
import { ROOT } from '../tools/root.ts';
import { site } from '../site.ts';

const article = parseArticle(readFileSync(join(ROOT, site.source.file), 'utf8'));
const file = join(ROOT, 'README.md');
const readme = readFileSync(file, 'utf8');
const next = withTable(readme, splitTable(article, readChapterFiles(ROOT, site.build.chaptersDir).chapters));
writeFileSync(file, next);
console.log(next === readme ? 'README.md: the chapter table was up to date' : 'README.md: chapter table rewritten');
