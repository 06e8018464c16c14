// Benchmark: how the build and the search grow with the content. For each N (default 10, 100, 1000;
// or `npm run bench:scale -- N`), build N synthetic chapters, index them with Pagefind, and measure
// seconds per page, index bytes per page, bytes for a first search, Pagefind's latency and the site's search
// (retrieval and ranking by paragraph, questions included) per query in Chromium.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexSite } from '../../src/integrations/steps/index-search.ts';
import { launchBrowser } from '../../src/tools/browser.ts';
import { serve } from '../support/server.ts';
import { astroBuild } from '../../src/tools/astro-build.ts';
import { listFiles, listPages } from '../../src/lib/files.ts';
import { ROOT } from '../../src/tools/root.ts';
import { servedFileBytes } from '../../src/lib/offline/served-bytes.ts';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { writeSyntheticChapters } from '../support/measure/synthetic.ts';
import { measureCorrection, modelledSize, modelledVocabulary } from '../support/measure/vocabulary.ts';
import { vocabularyWords } from '../../src/lib/search/correct.ts';
import { VOCABULARY_DIR } from '../../src/lib/search/vocabulary-parts.ts';
import { readChapterFiles } from '../../src/lib/chapters/files.ts';
import { site } from '../../src/site.ts';
import { timedQueries } from '../support/measure/timed-queries.ts';

interface Row {
  chapters: number;
  pages: number;
  buildSeconds: number;
  astroSecondsPerPage: number;
  pagefindSeconds: number;
  pagefindSecondsPerPage: number;
  indexBytesPerPage: number;
  /** Mean served bytes of a chapter page's HTML: the chapter navigation on every page grows with N. */
  htmlBytesPerPage: number;
  firstSearchBytes: number;
  searchMedianMs: number;
  /** The site's own search (retrieval, matching and ranking by paragraph, drawing), typed in the dialog. */
  siteSearchMedianMs: number;
  /** Of it, the main-thread time of matching and ranking the candidate pages' paragraphs. */
  rankMedianMs: number;
}

/** The typo correction at one size: the vocabulary as built, and as a real site of that size would have it. */
interface CorrectionRow {
  chapters: number;
  builtWords: number;
  /** Gzip bytes a miss fetches from the built vocabulary's parts (median over the slips). */
  builtMissBytes: number;
  modelledWords: number;
  /** The modelled vocabulary as one file (gzip): what a miss fetched before the parts. */
  modelledWholeBytes: number;
  /** Gzip bytes a miss fetches from the modelled vocabulary's parts, and the time to read them (medians). */
  modelledMissBytes: number;
  missLoadMs: number;
  correctMs: number;
}
const corrections: CorrectionRow[] = [];

const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));

/** The article's own vocabulary and size, from which the model grows a real site's (lib/vocabulary.ts). */
const articleWords = vocabularyWords(article.paragraphs);
const articleTokens = article.paragraphs.join(' ').split(/\s+/).length;
const articleChapters = readChapterFiles(ROOT, site.build.chaptersDir).chapters.length;

/** Twenty queries: words of the article, picked evenly, so every N has results. */
function queries(): string[] {
  const words = [...new Set(article.paragraphs.join(' ').split(/\s+/))].filter((w) => /^[\u0621-\u064a]{5,}$/.test(w));
  return Array.from({ length: 20 }, (_, i) => words[Math.floor((i * words.length) / 20)] ?? 'أستانا');
}

/** Questions and words typed into the site's dialog: many terms to retrieve and rank, and common words. */
const SITE_QUERIES = [
  'كم عاما كانت كازاخستان جزءا من الاتحاد السوفيتي',
  'أين القاعدة الجوية الروسية',
  'من هو وزير الخارجية الروسي',
  'الهدنة بين روسيا وأوكرانيا',
  'تركيا',
  'قضية',
];

/** Index a built site into `out` as the build does (the site's own preparation); the seconds it took. */
async function timeIndex(dist: string, out: string): Promise<number> {
  const started = performance.now();
  await indexSite(dist, { output: out });
  return (performance.now() - started) / 1000;
}

/** In Chromium: bytes fetched by a first search (engine, index, top five fragments) and the median latency. */
async function measureSearch(
  dist: string,
  bundle: string,
): Promise<{ bytes: number; medianMs: number; siteMs: number; rankMs: number }> {
  const server = await serve(dist, { gzip: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const times = await page.evaluate(
      async ({ url, qs }) => {
        const pf = await import(url);
        const out: number[] = [];
        for (const q of qs) {
          const t0 = performance.now();
          const found = await pf.search(q);
          await Promise.all(found.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
          out.push(performance.now() - t0);
        }
        return out;
      },
      { url: `${server.url}${bundle}/pagefind.js`, qs: queries() },
    );
    const firstSearch = new Set<string>();
    // Only the files the first query needed: replay the first query alone in a fresh page.
    const fresh = await browser.newPage();
    await fresh.goto(server.url, { waitUntil: 'networkidle' });
    fresh.on('request', (r) => {
      const path = new URL(r.url()).pathname.slice(1);
      if (path.startsWith(`${bundle}/`)) firstSearch.add(path);
    });
    await fresh.evaluate(
      async ({ url, q }) => {
        const pf = await import(url);
        const found = await pf.search(q);
        await Promise.all(found.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
      },
      { url: `${server.url}${bundle}/pagefind.js`, q: queries()[0] ?? '' },
    );
    const bytes = [...firstSearch].reduce((sum, p) => sum + servedFileBytes(join(dist, p)), 0);
    const sorted = [...times].sort((a, b) => a - b);
    // The site's search in its dialog, the controller's 120 ms pause for typing taken off.
    const siteTimed = await timedQueries(browser, server.url, SITE_QUERIES, 'chapter-0001/');
    return {
      bytes,
      medianMs: ((sorted[9] ?? 0) + (sorted[10] ?? 0)) / 2,
      siteMs: siteTimed.ms - 120,
      rankMs: siteTimed.rankMs,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Astro's content-layer cache keeps an entry's file path when its content is unchanged, so synthetic
 * chapters from an earlier run (same text, another folder) would point at deleted files: start clean.
 */
function clearContentCache(): void {
  rmSync(join(ROOT, 'node_modules/.astro/data-store.json'), { force: true });
}

async function measure(n: number): Promise<Row> {
  const work = join(tmpdir(), `site-scale-${n}`);
  rmSync(work, { recursive: true, force: true });
  clearContentCache();
  writeSyntheticChapters(article, n, join(work, 'chapters'));
  const dist = join(work, 'dist');
  const started = performance.now();
  astroBuild(dist, { CHAPTERS_DIR: join(work, 'chapters'), SKIP_FIDELITY_CHECK: '1' });
  const buildSeconds = (performance.now() - started) / 1000;
  // If the site's build already ran Pagefind, time a second, identical indexing run to separate the two.
  const integrated = existsSync(join(dist, 'pagefind/pagefind.js'));
  const bundle = integrated ? 'pagefind' : 'pagefind-bench';
  const pagefindSeconds = await timeIndex(dist, join(dist, integrated ? 'pagefind-bench' : bundle));
  const pages = listPages(dist).filter((p) => !p.startsWith('pagefind')).length;
  const indexFiles = listFiles(join(dist, bundle)).filter((f) =>
    /\.pf_(index|fragment|meta)$|pagefind-entry\.json$/.test(f),
  );
  const indexBytes = indexFiles.reduce((sum, f) => sum + statSync(join(dist, bundle, f)).size, 0);
  const chapterPages = listPages(dist).filter((p) => p.startsWith('chapter-'));
  const htmlBytes = chapterPages.reduce((sum, p) => sum + servedFileBytes(join(dist, p)), 0);
  const search = await measureSearch(dist, bundle);
  const partsDir = join(dist, 'pagefind', VOCABULARY_DIR);
  // The parts, not their gzipped copies beside them (the precompress step's).
  const built = listFiles(partsDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(partsDir, f), 'utf8')) as string[]);
  const modelled = modelledVocabulary(
    articleWords,
    modelledSize(articleWords.length, articleTokens, articleChapters, n),
  );
  const cost = measureCorrection(modelled);
  corrections.push({
    chapters: n,
    builtWords: built.length,
    builtMissBytes: measureCorrection(built).bytes,
    modelledWords: modelled.length,
    modelledWholeBytes: cost.wholeBytes,
    modelledMissBytes: cost.bytes,
    missLoadMs: round(cost.loadMs, 2),
    correctMs: round(cost.correctMs, 2),
  });
  const astroSeconds = integrated ? buildSeconds - pagefindSeconds : buildSeconds;
  rmSync(work, { recursive: true, force: true });
  clearContentCache();
  return {
    chapters: n,
    pages,
    buildSeconds: round(buildSeconds, 1),
    astroSecondsPerPage: round(astroSeconds / pages, 4),
    pagefindSeconds: round(pagefindSeconds, 2),
    pagefindSecondsPerPage: round(pagefindSeconds / pages, 4),
    indexBytesPerPage: Math.round(indexBytes / pages),
    htmlBytesPerPage: Math.round(htmlBytes / Math.max(1, chapterPages.length)),
    firstSearchBytes: search.bytes,
    searchMedianMs: round(search.medianMs, 1),
    siteSearchMedianMs: round(search.siteMs, 1),
    rankMedianMs: round(search.rankMs, 1),
  };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const rows: Row[] = [];
for (const n of sizes.length ? sizes : [10, 100, 1000]) {
  console.log(`building ${n} synthetic chapters…`);
  rows.push(await measure(n));
}
const head = [
  'chapters',
  'pages',
  'build s',
  'astro s/page',
  'pagefind s',
  'pagefind s/page',
  'index B/page',
  'HTML B/page',
  'first search B',
  'search median ms',
  'site search median ms',
  'of it, match and rank ms',
];
console.log(`\n| ${head.join(' | ')} |\n|${head.map(() => '---:').join('|')}|`);
for (const r of rows) console.log(`| ${Object.values(r).join(' | ')} |`);
const fix = [
  'chapters',
  'built words',
  'built B per miss (gzip)',
  'modelled words',
  'modelled, one file B (gzip)',
  'modelled B per miss (gzip)',
  'load ms per miss',
  'correct ms',
];
console.log(
  `\nTypo correction: the vocabulary as built (synthetic chapters reuse the article's words) and as a real site` +
    ` of that size would have it (Heaps' law, tests/support/measure/vocabulary.ts); fetched only on a miss, and then` +
    ` only the parts of the slip's first letters (lib/search/vocabulary-parts.ts); medians over the slips. Times in Node.`,
);
console.log(`\n| ${fix.join(' | ')} |\n|${fix.map(() => '---:').join('|')}|`);
for (const r of corrections) console.log(`| ${Object.values(r).join(' | ')} |`);
mkdirSync(join(ROOT, 'tests/bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'tests/bench/results/scale.json'), `${JSON.stringify({ rows, corrections }, null, 2)}\n`);
