// Benchmark: the weight of every built page from a real browser load on a first visit: bytes after
// gzip by kind, and requests. Measures only; the budgets live in tests/gates/size.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../src/tools/browser.ts';
import { ensureBuilt } from '../../src/tools/astro-build.ts';
import { ROOT } from '../../src/tools/root.ts';
import { weighPages, weightTable } from '../support/measure/weigh.ts';

const dist = ensureBuilt(join(ROOT, process.env.GATE_DIST ?? 'dist'));
const browser = await launchBrowser();
try {
  const rows = await weighPages(browser, dist);
  console.log(weightTable(rows));
  for (const r of rows.filter((row) => row.precache.requests > 0))
    console.log(
      `${r.file}: the service worker then precached ${r.precache.total} B in ${r.precache.requests} requests`,
    );
  mkdirSync(join(ROOT, 'tests/bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'tests/bench/results/weight.json'),
    `${JSON.stringify(
      rows.map((r) => ({ file: r.file, ...r.totals, inlineJs: r.inlineJs, precache: r.precache })),
      null,
      2,
    )}\n`,
  );
} finally {
  await browser.close();
}
