// The `_headers` file read by Netlify and Cloudflare Pages, as data: built from the list of files, written
// as text, read back and matched the way those hosts do (the test server serves the site with it).
import { pagePath } from '../urls.ts';
import { cacheControlFor, HASHED_FOLDERS, IMMUTABLE, isHashed, REVALIDATE } from './cache.ts';
import { escapeRegExp, HOST_FILES, hostPolicy } from './policy.ts';
import { contentTypeFor, extensionOf } from './types.ts';

export interface HeaderRule {
  /** A URL path; `:name` matches one path segment, `*` anything (both as Netlify and Cloudflare Pages read them). */
  path: string;
  headers: Record<string, string>;
}

export interface HeadersInput {
  /** The base path the site is served under, e.g. `/` or `/microsite/`. */
  base: string;
  /** Every built file, relative to the output folder, with forward slashes. */
  files: readonly string[];
  /** The Content-Security-Policy value (see csp.ts). */
  csp: string;
}

/** Cloudflare Pages reads at most 100 rules, and no line longer than 2,000 characters. */
export const HEADERS_LIMITS = { rules: 100, lineChars: 2000 } as const;

/** Types the hosts that read `_headers` may not know: the EPUB and Pagefind's WebAssembly. */
const TYPED_EXTENSIONS = ['epub', 'pagefind'];

/** The URL paths a built file answers to: a folder's index.html also answers to the folder itself. */
export function urlPathsOf(file: string, base: string): string[] {
  const path = pagePath(file);
  return path === file ? [`${base}${file}`] : [`${base}${path}`, `${base}${file}`];
}

/** The files a host serves: not the hosts' own files, not the gzipped copies (sent in place of their file). */
export function servedFiles(files: readonly string[]): string[] {
  const all = new Set(files);
  return files.filter(
    (f) => !(HOST_FILES as readonly string[]).includes(f) && !(f.endsWith('.gz') && all.has(f.slice(0, -3))),
  );
}

/**
 * Patterns that could cover a URL path (relative to the base), most general first: every folder a placeholder
 * (`:p1/:p2/index.html`), then each of its folders as a splat (`app-icons/*`). The exact path is the fallback.
 */
function generalisations(path: string): string[] {
  const segments = path.split('/');
  const folders = segments.slice(0, -1);
  const last = segments.at(-1) ?? '';
  const name = last === '' || last === 'index.html' ? last : `:p${segments.length}`;
  const placeholder = [...folders.map((_, i) => `:p${i + 1}`), name].join('/');
  const splats = folders.map((_, i) => `${folders.slice(0, i + 1).join('/')}/*`);
  return [placeholder, ...splats].filter((p) => p !== path);
}

/**
 * Rules that give every URL path in `paths` one Cache-Control and match no path in `others`: a few patterns
 * cover the pages whatever their number (`/:p1/`, `/:p1/index.html`), exact paths the rest. Greedy, most general
 * pattern first; a pattern is taken only when everything it matches is still uncovered and none of `others`.
 */
function coveringPatterns(paths: readonly string[], others: readonly string[]): string[] {
  // Each candidate with the paths that suggested it: a splat matches exactly those, a placeholder maybe more.
  const suggested = new Map<string, string[]>();
  for (const path of paths) {
    for (const c of generalisations(path)) {
      const list = suggested.get(c) ?? [];
      list.push(path);
      suggested.set(c, list);
    }
  }
  const candidates = [...suggested.keys()].sort(
    (a, b) =>
      Number(a.includes('*')) - Number(b.includes('*')) ||
      a.split('/').length - b.split('/').length ||
      (a < b ? -1 : 1),
  );
  const covered = new Set<string>();
  const chosen: string[] = [];
  for (const pattern of candidates) {
    if (suggested.get(pattern)?.some((p) => covered.has(p))) continue;
    const matched = paths.filter((p) => matchesPath(pattern, p));
    if (matched.length < 2 || matched.some((p) => covered.has(p)) || others.some((o) => matchesPath(pattern, o)))
      continue;
    chosen.push(pattern);
    for (const p of matched) covered.add(p);
  }
  return [...chosen, ...paths.filter((p) => !covered.has(p))];
}

/**
 * The rules of `_headers`. Netlify and Cloudflare join the values of a header set by two matching rules, so
 * Cache-Control is set by exactly one rule per file: one splat per hashed folder, and for the rest patterns
 * whose number does not grow with the pages' (within Cloudflare's limits at any size).
 */
export function headerRules({ base, files, csp }: HeadersInput): HeaderRule[] {
  const policy = hostPolicy({ base, csp });
  const served = servedFiles(files);
  const rules: HeaderRule[] = [{ path: `${base}*`, headers: { ...policy.security } }];
  const immutable = { 'Cache-Control': IMMUTABLE };
  for (const folder of HASHED_FOLDERS) {
    if (served.some((f) => f.startsWith(folder))) rules.push({ path: `${base}${folder}*`, headers: immutable });
  }
  const inFolder = (f: string) => HASHED_FOLDERS.some((folder) => f.startsWith(folder));
  const hashed = served.filter(isHashed);
  for (const file of hashed.filter((f) => !inFolder(f))) rules.push({ path: `${base}${file}`, headers: immutable });
  const relative = (f: string) => urlPathsOf(f, base).map((p) => p.slice(base.length));
  const revalidate = served.filter((f) => cacheControlFor(f) === REVALIDATE).flatMap(relative);
  for (const pattern of coveringPatterns(revalidate.sort(), hashed.flatMap(relative)))
    rules.push({ path: `${base}${pattern}`, headers: { 'Cache-Control': REVALIDATE } });
  for (const file of served.filter((f) => TYPED_EXTENSIONS.includes(extensionOf(f))))
    rules.push({ path: `${base}${file}`, headers: { 'Content-Type': contentTypeFor(file) } });
  return rules;
}

/** Where a `_headers` text breaks Cloudflare Pages' limits (HEADERS_LIMITS), one line a problem. */
export function headersLimitProblems(text: string): string[] {
  const problems: string[] = [];
  const count = parseHeaders(text).length;
  if (count > HEADERS_LIMITS.rules)
    problems.push(`${count} rules, over the ${HEADERS_LIMITS.rules} Cloudflare Pages reads`);
  text.split('\n').forEach((line, i) => {
    if (line.length > HEADERS_LIMITS.lineChars)
      problems.push(`line ${i + 1} has ${line.length} characters, over ${HEADERS_LIMITS.lineChars}`);
  });
  return problems;
}

/** The rules as the text of a `_headers` file. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(
    (r) =>
      `${r.path}\n${Object.entries(r.headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
  );
  return `# Generated at build time by src/integrations/steps/headers.ts; see README (Headers).\n${blocks.join('\n')}\n`;
}

/** Read a `_headers` file back into rules (comments and blank lines skipped). */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

const compiled = new Map<string, RegExp>();

/** True when a rule's path matches a URL path: `:name` stands for one path segment, `*` for anything. */
export function matchesPath(rulePath: string, urlPath: string): boolean {
  let regex = compiled.get(rulePath);
  if (!regex) {
    const pattern = rulePath
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escapeRegExp(part)))
      .join('');
    regex = new RegExp(`^${pattern}$`);
    compiled.set(rulePath, regex);
  }
  return regex.test(urlPath);
}

/** The headers a host sends for a URL path: every matching rule, values of a repeated header joined as the hosts do. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPath(rule.path, urlPath)) continue;
    for (const [name, value] of Object.entries(rule.headers)) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/** The base path and the policy a build was made with, read back from its `_headers` (the `<base>*` rule). */
export function buildPolicyOf(text: string): { base: string; csp: string } | undefined {
  const all = parseHeaders(text).find((r) => r.path.endsWith('/*') && r.headers['Content-Security-Policy']);
  const csp = all?.headers['Content-Security-Policy'];
  return all && csp ? { base: all.path.slice(0, -1), csp } : undefined;
}
