// Gate: Lighthouse (mobile settings, simulated throttling) scores 100 in performance, accessibility,
// best practices and SEO on the home page, every chapter and a search results page, served locally with
// gzip. Scores go to tests/gates/results/lighthouse.json, which CI prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../../src/tools/browser.ts';
import { serve } from '../support/server.ts';
import { ensureBuilt } from '../support/gates/dist.ts';
import { listPages } from '../../src/lib/files.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { ROOT } from '../../src/tools/root.ts';
import { finish } from '../support/gates/report.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/**
 * Simulated throttling scales the CPU time Chromium really took, so a busy shared machine costs points
 * (total blocking time) that a quiet one does not: performance gets up to this many runs to reach 100,
 * and every run is recorded with the machine's benchmark index.
 */
const ATTEMPTS = 8;
/** What does not depend on timing must hold on the first run: a retry would only hide a real fault. */
const DETERMINISTIC = ['accessibility', 'best-practices', 'seo'] as const;
const DETERMINISTIC_AUDITS = ['cumulative-layout-shift'];
export const RESULTS = join(ROOT, 'tests/gates/results/lighthouse.json');

type Scores = Record<(typeof CATEGORIES)[number], number>;

/**
 * Scores below 100 the site has not fixed yet, each held at a floor: reported as KNOWN, failing only
 * below the floor. A debt to pay, not a target; remove the entry when the page reaches 100.
 */
export const KNOWN_MISSES: Record<string, { floor: number; why: string }> = {};

const dist = ensureBuilt();
/** Pages that are not chapters: the home page, search, the offline and 404 pages. */
const NOT_CHAPTERS = new Set(['index.html', 'search/index.html', 'offline/index.html', '404.html']);
const chapters = listPages(dist).filter((p) => !NOT_CHAPTERS.has(p) && p.endsWith('/index.html'));
// The chapters, and the explainers (the index of names, the timeline, the map) among them.
const targets: [string, string][] = [
  ['home', ''],
  ...chapters.map((p): [string, string] => [pagePath(p).slice(0, -1), pagePath(p)]),
  ['search', `search/?q=${encodeURIComponent('أستانا')}`],
];

/**
 * Pages with `<meta name="robots" content="noindex">` by design: the whole article on one page, which sends
 * search engines and readers to the chapters instead (tests/dist/whole-article.test.ts holds the tag).
 */
const NOINDEX = new Set(['article']);

const server = await serve(dist, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const results: Record<string, { url: string; scores: Scores; runs: Scores[]; failing: string[] }> = {};
const problems: string[] = [];
try {
  for (const [name, path] of targets) {
    const url = server.url + path;
    const runs: (Scores & { benchmarkIndex: number })[] = [];
    let failing: string[] = [];
    let faulted = false;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        // A page kept out of search engines on purpose is not scored for being crawlable.
        ...(NOINDEX.has(name) ? { skipAudits: ['is-crawlable'] } : {}),
      });
      if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
      ) as Scores;
      runs.push({ ...scores, benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex) });
      // The audits that cost points, so a failure says what to fix.
      failing = CATEGORIES.flatMap((c) =>
        (categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
      );
      if (failing.length) console.log(`  ${name} run ${attempt + 1}: ${failing.join('; ')}`);
      if (CATEGORIES.every((c) => scores[c] === 100)) break;
      const fault = [
        ...DETERMINISTIC.filter((c) => scores[c] < 100).map((c) => `${c} ${scores[c]}`),
        ...DETERMINISTIC_AUDITS.filter((id) => (audits[id]?.score ?? 1) < 1).map(
          (id) => `${id} ${audits[id]?.displayValue ?? audits[id]?.score}`,
        ),
      ];
      if (fault.length) {
        problems.push(`${name} /${path}: run ${attempt + 1} (not retried): ${fault.join(', ')}: ${failing.join('; ')}`);
        faulted = true;
        break;
      }
    }
    const best = runs.reduce((a, b) =>
      CATEGORIES.reduce((s, c) => s + b[c], 0) > CATEGORIES.reduce((s, c) => s + a[c], 0) ? b : a,
    );
    results[name] = {
      url: `/${path}`,
      scores: best,
      runs,
      failing: CATEGORIES.every((c) => best[c] === 100) ? [] : failing,
    };
    for (const c of CATEGORIES) {
      if (best[c] === 100 || faulted) continue;
      const debt = KNOWN_MISSES[`${name} ${c}`];
      if (debt && best[c] >= debt.floor)
        console.log(`KNOWN: ${name} ${c} ${best[c]} (floor ${debt.floor}): ${debt.why}`);
      else problems.push(`${name} /${path}: ${c} ${best[c]}: ${failing.join('; ')}`);
    }
    console.log(`${name.padEnd(8)} ${CATEGORIES.map((c) => `${c} ${best[c]}`).join('  ')}  (${runs.length} run(s))`);
  }
} finally {
  chrome.kill();
  await server.close();
}
mkdirSync(join(ROOT, 'tests/gates/results'), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify({ lighthouse: '12.2.3', formFactor: 'mobile', results }, null, 2)}\n`);
finish('gate:lighthouse', problems, `scores in ${RESULTS.slice(ROOT.length + 1)}`);
