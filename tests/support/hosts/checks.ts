// The same 38 checks for every host, measured from outside as a browser would: 20 kinds of file (status,
// type, Cache-Control exactly as the build's _headers says, the security headers), 4 kinds of text compressed
// on the wire, 7 behaviours (404, redirect, listings, hidden files, every file as built, the offline size), and
// 7 steps of a reading in Chromium with the host's CSP enforced. Each check returns its problems; none is a pass.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ui } from '../../../src/i18n/ui.ts';
import { listFiles } from '../../../src/lib/files.ts';
import { buildPolicyOf, headersFor, parseHeaders, servedFiles } from '../../../src/lib/headers/rules.ts';
import { PRECACHE_SUMMARY } from '../../../src/lib/offline/precache-summary.ts';
import { FILE_LIST } from '../../../src/lib/offline/service-worker-config.ts';
import { decodedBody, get, type Reply } from './http.ts';
import { runJourney } from './journey.ts';

/** A build served by a host. */
export interface Target {
  /** The site's URL on the host: origin and base path, e.g. `http://127.0.0.1:8080/microsite/`. */
  url: string;
  /** The build as deployed. */
  dist: string;
}

type Group = 'file' | 'compression' | 'behaviour' | 'browser';

export interface Check {
  id: string;
  group: Group;
  title: string;
}

/** A kind of file: how to find one in the build, and the media types it may be sent as. */
interface FileKind {
  id: string;
  title: string;
  pick: (files: readonly string[]) => string | undefined;
  types: readonly string[];
}

const first = (pattern: RegExp) => (files: readonly string[]) => files.find((f) => pattern.test(f));
const JS = ['text/javascript', 'application/javascript'];

const FILE_KINDS: FileKind[] = [
  { id: 'home', title: 'home page', pick: () => '', types: ['text/html'] },
  { id: 'chapter', title: 'chapter page (folder URL)', pick: () => 'cica/', types: ['text/html'] },
  { id: 'chapter-file', title: 'chapter page (index.html)', pick: () => 'cica/index.html', types: ['text/html'] },
  { id: 'css', title: 'stylesheet', pick: first(/^_astro\/.+\.css$/), types: ['text/css'] },
  { id: 'js', title: 'page module', pick: first(/^_astro\/BaseLayout.+\.js$/), types: JS },
  { id: 'font', title: 'font (woff2)', pick: first(/^_astro\/.+\.woff2$/), types: ['font/woff2'] },
  { id: 'sw', title: 'service worker', pick: first(/^sw\.js$/), types: JS },
  { id: 'manifest', title: 'web app manifest', pick: first(/\.webmanifest$/), types: ['application/manifest+json'] },
  { id: 'svg', title: 'icon (SVG)', pick: first(/^[^_][^/]*\/.+\.svg$/), types: ['image/svg+xml'] },
  { id: 'png', title: 'icon (PNG)', pick: first(/\.png$/), types: ['image/png'] },
  { id: 'epub', title: 'EPUB edition', pick: first(/\.epub$/), types: ['application/epub+zip'] },
  { id: 'pagefind-js', title: 'Pagefind module', pick: first(/^pagefind\/pagefind\.js$/), types: JS },
  { id: 'pagefind-worker', title: 'Pagefind worker', pick: first(/^pagefind\/pagefind-worker\.js$/), types: JS },
  {
    id: 'pagefind-entry',
    title: 'Pagefind entry (JSON)',
    pick: first(/^pagefind\/pagefind-entry\.json$/),
    types: ['application/json'],
  },
  { id: 'wasm', title: 'Pagefind WebAssembly', pick: first(/^pagefind\/.+\.pagefind$/), types: ['application/wasm'] },
  { id: 'pf-meta', title: 'Pagefind meta', pick: first(/\.pf_meta$/), types: ['application/octet-stream'] },
  { id: 'pf-index', title: 'Pagefind index', pick: first(/\.pf_index$/), types: ['application/octet-stream'] },
  { id: 'pf-fragment', title: 'Pagefind fragment', pick: first(/\.pf_fragment$/), types: ['application/octet-stream'] },
  { id: 'pf-filter', title: 'Pagefind filter', pick: first(/\.pf_filter$/), types: ['application/octet-stream'] },
  {
    id: 'vocabulary',
    // The part of words starting with ا: the largest, so it has a gzipped copy at any size.
    title: 'search vocabulary part (JSON)',
    pick: first(/^pagefind\/vocabulary\/0627\.json$/),
    types: ['application/json'],
  },
];

/** Text sent compressed: the kinds whose bytes dominate a visit. */
const COMPRESSED: { id: string; title: string; kind: string }[] = [
  { id: 'gzip-html', title: 'HTML compressed on the wire', kind: 'chapter' },
  { id: 'gzip-css', title: 'CSS compressed on the wire', kind: 'css' },
  { id: 'gzip-js', title: 'JavaScript compressed on the wire', kind: 'pagefind-js' },
  { id: 'gzip-json', title: 'JSON compressed on the wire', kind: 'vocabulary' },
];

const BEHAVIOURS: Check[] = [
  { id: 'not-found', group: 'behaviour', title: 'unknown path: the Arabic 404 page, status 404, security headers' },
  { id: 'not-found-hashed', group: 'behaviour', title: 'unknown file in a hashed folder: 404 page, not cached a year' },
  { id: 'redirect', group: 'behaviour', title: 'folder without its slash redirects to the folder' },
  { id: 'no-listing', group: 'behaviour', title: 'no folder listings' },
  { id: 'hidden', group: 'behaviour', title: '_headers and .htaccess not served' },
  { id: 'as-built', group: 'behaviour', title: 'every built file served with its own bytes' },
  { id: 'offline-size', group: 'behaviour', title: 'the size /offline-reading/ announces is true within 10%' },
];

const BROWSER_CHECKS: Check[] = [
  { id: 'console', group: 'browser', title: 'no console error' },
  { id: 'csp', group: 'browser', title: 'no CSP violation (the host’s CSP enforced)' },
  { id: 'search-page', group: 'browser', title: 'the search page answers' },
  { id: 'search-dialog', group: 'browser', title: 'the search dialog answers' },
  { id: 'service-worker', group: 'browser', title: 'the service worker installs' },
  { id: 'offline-chapter', group: 'browser', title: 'a chapter opens offline' },
  { id: 'offline-search', group: 'browser', title: 'a search answers offline' },
];

/** Every check, in the order of the table. */
export const CHECKS: Check[] = [
  ...FILE_KINDS.map((k): Check => ({ id: k.id, group: 'file', title: k.title })),
  ...COMPRESSED.map(({ id, title }): Check => ({ id, group: 'compression', title })),
  ...BEHAVIOURS,
  ...BROWSER_CHECKS,
];

/** What the build says every response should carry. */
interface Expected {
  files: string[];
  base: string;
  csp: string;
  cacheControl: (urlPath: string) => string | undefined;
}

function expectedOf(dist: string): Expected {
  const text = readFileSync(join(dist, '_headers'), 'utf8');
  const policy = buildPolicyOf(text);
  if (!policy) throw new Error(`${dist}/_headers has no policy rule`);
  const rules = parseHeaders(text);
  return {
    files: listFiles(dist),
    base: policy.base,
    csp: policy.csp,
    cacheControl: (urlPath) => headersFor(rules, urlPath)['Cache-Control'],
  };
}

const mediaType = (reply: Reply) => (reply.headers['content-type'] ?? '(none)').split(';')[0]?.trim().toLowerCase();

function securityProblems(reply: Reply, expected: Expected): string[] {
  const problems: string[] = [];
  if (reply.headers['content-security-policy'] !== expected.csp) problems.push('no CSP, or not the build’s');
  if (reply.headers['referrer-policy'] !== 'strict-origin-when-cross-origin') problems.push('no Referrer-Policy');
  if (reply.headers['x-content-type-options'] !== 'nosniff') problems.push('no nosniff');
  return problems;
}

async function fileProblems(target: Target, expected: Expected, kind: FileKind): Promise<string[]> {
  const path = kind.pick(expected.files);
  if (path === undefined) return [`no ${kind.title} in the build`];
  const reply = await get(target.url + path);
  if (reply.status !== 200) return [`${path}: status ${reply.status}`];
  const problems = securityProblems(reply, expected);
  if (!kind.types.includes(mediaType(reply) ?? '')) problems.push(`type ${mediaType(reply)}`);
  const cache = expected.cacheControl(expected.base + path);
  if (reply.headers['cache-control'] !== cache)
    problems.push(`Cache-Control ${reply.headers['cache-control'] ?? '(none)'}, _headers says ${cache ?? '(none)'}`);
  return problems.map((p) => `${path}: ${p}`);
}

async function compressionProblems(target: Target, expected: Expected, kindId: string): Promise<string[]> {
  const kind = FILE_KINDS.find((k) => k.id === kindId);
  const path = kind?.pick(expected.files);
  if (!kind || path === undefined) return [`no ${kindId} in the build`];
  const reply = await get(target.url + path);
  const coding = reply.headers['content-encoding'];
  if (!coding || coding === 'identity') return [`${path}: sent uncompressed (${reply.body.length} bytes)`];
  const raw = decodedBody(reply).length;
  return reply.body.length < raw ? [] : [`${path}: ${coding} is no smaller (${reply.body.length} of ${raw} bytes)`];
}

const NOT_FOUND_TITLE = ui.notFoundTitle;

function isArabicNotFound(reply: Reply): boolean {
  const html = decodedBody(reply).toString('utf8');
  return html.includes('lang="ar"') && html.includes(NOT_FOUND_TITLE);
}

async function behaviourProblems(
  target: Target,
  expected: Expected,
  id: string,
  notes: Map<string, string>,
): Promise<string[]> {
  const problems: string[] = [];
  if (id === 'not-found' || id === 'not-found-hashed') {
    const path = id === 'not-found' ? 'no-such-page/' : '_astro/no-such-module.js';
    const reply = await get(target.url + path);
    if (reply.status !== 404) problems.push(`status ${reply.status}`);
    if (!isArabicNotFound(reply)) problems.push('not the site’s Arabic 404 page');
    if (id === 'not-found') problems.push(...securityProblems(reply, expected));
    else if (reply.headers['cache-control']?.includes('immutable')) problems.push('cached for a year');
    return problems.map((p) => `${path}: ${p}`);
  }
  if (id === 'redirect') {
    const reply = await get(`${target.url}cica`);
    const location = reply.headers.location;
    const to = location ? new URL(location, `${target.url}cica`).pathname : undefined;
    return [301, 302, 307, 308].includes(reply.status) && to === `${expected.base}cica/`
      ? []
      : [`cica: status ${reply.status}, to ${location ?? '(nowhere)'}`];
  }
  if (id === 'no-listing') {
    const icon = FILE_KINDS.find((k) => k.id === 'svg')?.pick(expected.files) ?? '';
    const folders = ['_astro/', 'pagefind/fragment/', icon.slice(0, icon.lastIndexOf('/') + 1)];
    for (const folder of folders) {
      const reply = await get(target.url + folder);
      const text = decodedBody(reply).toString('utf8');
      const listed = expected.files.filter((f) => f.startsWith(folder)).map((f) => f.slice(folder.length));
      // A listing links each name relatively; the 404 page names some files too, but from the root.
      if (
        reply.status === 200 ||
        listed.some((name) => text.includes(`href="${name}"`) || text.includes(`href="./${name}"`))
      )
        problems.push(`${folder}: status ${reply.status}, lists its files`);
    }
    return problems;
  }
  if (id === 'hidden') {
    for (const file of ['_headers', '.htaccess'].filter((f) => expected.files.includes(f))) {
      const reply = await get(target.url + file);
      const firstLine = readFileSync(join(target.dist, file), 'utf8').split('\n')[0] ?? '';
      if (reply.status < 400 || decodedBody(reply).toString('utf8').includes(firstLine))
        problems.push(`${file}: status ${reply.status}, served`);
    }
    return problems;
  }
  if (id === 'as-built') {
    for (const file of servedFiles(expected.files).filter((f) => f !== '_headers' && !/(^|\/)\./.test(f))) {
      const reply = await get(target.url + file, { 'accept-encoding': 'identity' });
      if (reply.status !== 200) problems.push(`${file}: status ${reply.status}`);
      else if (!reply.body.equals(readFileSync(join(target.dist, file)))) problems.push(`${file}: other bytes`);
    }
    return problems;
  }
  // offline-size: what the worker downloads, as this host sends it, against what /offline-reading/ announces.
  const announced = (JSON.parse(readFileSync(join(target.dist, PRECACHE_SUMMARY), 'utf8')) as { bytes: number }).bytes;
  const kept = JSON.parse(readFileSync(join(target.dist, FILE_LIST), 'utf8')) as { url: string }[];
  let wire = 0;
  for (const url of [...kept.map((e) => e.url), 'sw.js']) wire += (await get(target.url + url)).body.length;
  const off = Math.abs(wire - announced) / announced;
  notes.set(id, `${wire} of ${announced} bytes`);
  return off <= 0.1 ? [] : [`${wire} bytes on the wire, ${announced} announced (${Math.round(off * 100)}% off)`];
}

export interface CheckRun {
  /** Each check's problems, by id: none is a pass. */
  problems: Map<string, string[]>;
  /** Figures worth printing, by check id (the offline download on the wire). */
  notes: Map<string, string>;
}

/** Run every check against a target; the browser part last, as it ends with the host stopped (`goOffline`). */
export async function runChecks(target: Target, browser: Browser, goOffline: () => Promise<void>): Promise<CheckRun> {
  const expected = expectedOf(target.dist);
  const problems = new Map<string, string[]>();
  const notes = new Map<string, string>();
  for (const kind of FILE_KINDS) problems.set(kind.id, await fileProblems(target, expected, kind));
  for (const { id, kind } of COMPRESSED) problems.set(id, await compressionProblems(target, expected, kind));
  for (const { id } of BEHAVIOURS) problems.set(id, await behaviourProblems(target, expected, id, notes));
  for (const [id, found] of await runJourney(target.url, browser, goOffline)) problems.set(id, found);
  return { problems, notes };
}
