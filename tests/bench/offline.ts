// Benchmark: what a first visit downloads in the background for offline reading, as the site grows. For the
// site's own chapters and for 1,000 synthetic ones (`npm run bench:offline -- N` for other sizes), build, open
// a chapter in a fresh browser, wait for the service worker, and price what the worker fetched (served bytes):
// the core and the page open, plus the whole site while it is under the automatic limit.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { listPages } from '../../src/lib/files.ts';
import { PRECACHE_SUMMARY, type PrecacheSummary } from '../../src/lib/offline/precache-summary.ts';
import { AUTO_SAVE_LIMIT, CORE_LIMIT } from '../../src/lib/offline/service-worker-config.ts';
import { launchBrowser } from '../../src/tools/browser.ts';
import { astroBuild } from '../../src/tools/astro-build.ts';
import { ROOT } from '../../src/tools/root.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { bytesByKind, openAndSettle, recordRequests } from '../support/measure/resources.ts';
import { writeSyntheticChapters } from '../support/measure/synthetic.ts';
import { serve } from '../support/server.ts';

interface Row {
  chapters: string;
  siteBytes: number;
  siteFiles: number;
  backgroundBytes: number;
  backgroundRequests: number;
  savedWhole: boolean;
}

const sizes = process.argv.slice(2).map(Number).filter(Number.isFinite);
const synthetic = sizes.length ? sizes : [1000];
const work = join(tmpdir(), 'bench-offline');
const browser = await launchBrowser();
const rows: Row[] = [];

/** Build with `env` into `dist`, open its first chapter once, and price what the worker fetched. */
async function measure(label: string, dist: string, env: Record<string, string>): Promise<void> {
  astroBuild(dist, env);
  const summary = JSON.parse(readFileSync(join(dist, PRECACHE_SUMMARY), 'utf8')) as PrecacheSummary;
  const chapter = listPages(dist)
    .map(pagePath)
    .find((p) => /^[a-z0-9-]+\/$/.test(p) && !/^(names|timeline|article|search|offline|offline-reading)\/$/.test(p));
  const server = await serve(dist, { gzip: true });
  const context = await browser.newContext();
  try {
    const fetched = recordRequests(context, dist, server.url);
    const page = await context.newPage();
    await openAndSettle(page, server.url + (chapter ?? ''));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForLoadState('networkidle');
    const background = bytesByKind(fetched().filter((f) => f.byServiceWorker));
    rows.push({
      chapters: label,
      siteBytes: summary.bytes,
      siteFiles: summary.files,
      backgroundBytes: background.total,
      backgroundRequests: background.requests,
      savedWhole: summary.bytes <= AUTO_SAVE_LIMIT,
    });
  } finally {
    await context.close();
    await server.close();
  }
}

try {
  await measure('4 (the site)', join(work, 'dist-site'), {});
  const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));
  for (const n of synthetic) {
    rmSync(join(work, 'chapters'), { recursive: true, force: true });
    writeSyntheticChapters(article, n, join(work, 'chapters'));
    await measure(String(n), join(work, `dist-${n}`), {
      CHAPTERS_DIR: join(work, 'chapters'),
      SKIP_FIDELITY_CHECK: '1',
    });
  }
} finally {
  await browser.close();
}

console.log(`first visit, background bytes (served, gzip) the service worker fetched; core bound ${CORE_LIMIT} B,`);
console.log(`whole site saved without asking up to ${AUTO_SAVE_LIMIT} B`);
console.table(rows);
