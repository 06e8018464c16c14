// Benchmark: the site's build against Starlight's on the same pages (issue 24). N synthetic chapters
// (default 1000, or `npm run bench:starlight -- N`) built by the site and, as the same pages, by Starlight with
// its Pagefind search (installed from the npm registry into a temporary folder: tests/support/measure/
// starlight-site.ts). The two builds run interleaved, a warm-up then three counted runs each; whole process tree:
// wall time, CPU time, peak memory (tests/support/measure/process-tree.ts); medians and their ratios. Then the
// time per page at N = 10, 100 and N (`-- --runs K` for K counted runs): wall time over pages, and the time each page added since the size before.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/tools/root.ts';
import { listPages } from '../../src/lib/files.ts';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { writeSyntheticChapters } from '../support/measure/synthetic.ts';
import { measureTree, type TreeCost } from '../support/measure/process-tree.ts';
import { STARLIGHT_DIR, installStarlight, writeStarlightPages } from '../support/measure/starlight-site.ts';

const args = process.argv.slice(2);
/** Counted runs after the warm-up (`-- --runs K`; 3 unless told). */
const runsAt = args.indexOf('--runs');
// Without --runs, 3 (args[0] is N, not a run count).
const COUNTED = (runsAt >= 0 && Number(args[runsAt + 1])) || 3;
const n = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs') ?? 1000) || 1000;
const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));
const work = join(tmpdir(), 'site-bench-starlight-chapters');
const siteDist = join(work, 'dist');

/** Astro's content-layer cache would point at chapters of an earlier size (bench/scale.ts says why): start clean. */
const clearContentCache = () => rmSync(join(ROOT, 'node_modules/.astro/data-store.json'), { force: true });

/** Write `count` chapters for both builds. */
function prepare(count: number): void {
  rmSync(work, { recursive: true, force: true });
  clearContentCache();
  writeSyntheticChapters(article, count, join(work, 'chapters'));
  writeStarlightPages(join(work, 'chapters'));
}

const buildSite = (): Promise<TreeCost> =>
  // As `npm run build` runs it (src/cli/build.ts): the site's build is that command, allocator settings included.
  measureTree([process.execPath, join(ROOT, 'src/cli/build.ts')], ROOT, {
    ...process.env,
    OUT_DIR: siteDist,
    CHAPTERS_DIR: join(work, 'chapters'),
    SKIP_FIDELITY_CHECK: '1',
  });
const buildStarlight = (): Promise<TreeCost> =>
  measureTree([process.execPath, join(STARLIGHT_DIR, 'node_modules/astro/bin/astro.mjs'), 'build'], STARLIGHT_DIR, {
    ...process.env,
  });

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

installStarlight();

prepare(n);
const runs: { site: TreeCost; starlight: TreeCost }[] = [];
for (let run = 0; run <= COUNTED; run++) {
  console.log(run === 0 ? `N = ${n}: warm-up…` : `N = ${n}: run ${run} of ${COUNTED}…`);
  // Interleaved, and which goes first alternates, so a change in the machine's load falls on both.
  const first = run % 2 === 0 ? 'site' : 'starlight';
  const a = first === 'site' ? await buildSite() : await buildStarlight();
  const b = first === 'site' ? await buildStarlight() : await buildSite();
  const both = first === 'site' ? { site: a, starlight: b } : { site: b, starlight: a };
  const show = (c: TreeCost) => `${c.wallSeconds.toFixed(1)} s, ${c.cpuSeconds.toFixed(1)} s CPU, ${mib(c.peakBytes)}`;
  console.log(`  site ${show(both.site)}; Starlight ${show(both.starlight)}`);
  if (run > 0) runs.push(both);
}
const pages = listPages(siteDist).length;

// Time per page at growing sizes: one build of each at each size below N, after the counted runs.
const perPage: { chapters: number; pages: number; site: number; starlight: number }[] = [];
for (const size of [10, 100].filter((s) => s < n)) {
  console.log(`N = ${size}: one build of each…`);
  prepare(size);
  const site = await buildSite();
  const starlight = await buildStarlight();
  perPage.push({
    chapters: size,
    pages: listPages(siteDist).length,
    site: site.wallSeconds,
    starlight: starlight.wallSeconds,
  });
}

const pick = (side: 'site' | 'starlight', key: keyof TreeCost) => median(runs.map((r) => r[side][key]));
perPage.push({ chapters: n, pages, site: pick('site', 'wallSeconds'), starlight: pick('starlight', 'wallSeconds') });

const rows = [
  [
    'wall time, median',
    `${pick('site', 'wallSeconds').toFixed(1)} s`,
    `${pick('starlight', 'wallSeconds').toFixed(1)} s`,
    ratio(pick('site', 'wallSeconds'), pick('starlight', 'wallSeconds')),
  ],
  [
    'CPU time, median',
    `${pick('site', 'cpuSeconds').toFixed(1)} s`,
    `${pick('starlight', 'cpuSeconds').toFixed(1)} s`,
    ratio(pick('site', 'cpuSeconds'), pick('starlight', 'cpuSeconds')),
  ],
  [
    'peak memory, median',
    mib(pick('site', 'peakBytes')),
    mib(pick('starlight', 'peakBytes')),
    ratio(pick('site', 'peakBytes'), pick('starlight', 'peakBytes')),
  ],
];
console.log(`\n${n} chapters (${pages} pages built by the site), ${COUNTED} interleaved runs after a warm-up:\n`);
console.log('| | the site | Starlight | ratio |\n|---|---:|---:|---:|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log('\nEach run (wall s, CPU s, peak MiB), site / Starlight:');
for (const r of runs)
  console.log(
    `  ${r.site.wallSeconds.toFixed(1)}, ${r.site.cpuSeconds.toFixed(1)}, ${(r.site.peakBytes / 2 ** 20).toFixed(0)}` +
      ` / ${r.starlight.wallSeconds.toFixed(1)}, ${r.starlight.cpuSeconds.toFixed(1)}, ${(r.starlight.peakBytes / 2 ** 20).toFixed(0)}`,
  );
console.log('\nTime per page (ms): whole build over pages, and each page added since the size before:\n');
console.log(
  '| chapters | site ms/page | site ms per added page | Starlight ms/page | Starlight ms per added page |\n|---:|---:|---:|---:|---:|',
);
perPage.forEach((row, i) => {
  const before = perPage[i - 1];
  const added = (side: 'site' | 'starlight') =>
    before ? (((row[side] - before[side]) * 1000) / (row.chapters - before.chapters)).toFixed(1) : '';
  console.log(
    `| ${row.chapters} | ${((row.site * 1000) / row.pages).toFixed(1)} | ${added('site')} | ${((row.starlight * 1000) / row.pages).toFixed(1)} | ${added('starlight')} |`,
  );
});
mkdirSync(join(ROOT, 'tests/bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, 'tests/bench/results/starlight.json'),
  `${JSON.stringify({ chapters: n, runs, perPage }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
clearContentCache();
