// The `_headers` file read by Netlify and Cloudflare Pages, as data: built from the list of files, written
// as text, read back and matched the way those hosts do (the test server serves the site with it).
import { pagePath } from '../urls.ts';
import { cacheControlFor, HASHED_FOLDERS, IMMUTABLE } from './cache.ts';

export interface HeaderRule {
  /** A URL path; a trailing `*` matches anything after it. */
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

/** Security headers every response carries. */
function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** The URL paths a built file answers to: a folder's index.html also answers to the folder itself. */
export function urlPathsOf(file: string, base: string): string[] {
  const path = pagePath(file);
  return path === file ? [`${base}${file}`] : [`${base}${path}`, `${base}${file}`];
}

/**
 * The rules of `_headers`. Netlify and Cloudflare join the values of a header set by two matching rules, so
 * Cache-Control is set by exactly one rule per file: one splat per hashed folder, one exact path for the rest.
 */
export function headerRules({ base, files, csp }: HeadersInput): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: `${base}*`, headers: securityHeaders(csp) }];
  for (const folder of HASHED_FOLDERS) {
    if (files.some((f) => f.startsWith(folder)))
      rules.push({ path: `${base}${folder}*`, headers: { 'Cache-Control': IMMUTABLE } });
  }
  const inFolder = (f: string) => HASHED_FOLDERS.some((folder) => f.startsWith(folder));
  for (const file of [...files].filter((f) => !inFolder(f) && f !== '_headers').sort()) {
    const value = cacheControlFor(file);
    // Hosts that do not know the type would send the EPUB edition as application/octet-stream.
    const type = file.endsWith('.epub') ? { 'Content-Type': 'application/epub+zip' } : {};
    for (const path of urlPathsOf(file, base)) rules.push({ path, headers: { 'Cache-Control': value, ...type } });
  }
  return rules;
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

/** True when a rule's path matches a URL path: exactly, or by prefix before a trailing `*`. */
export function matchesPath(rulePath: string, urlPath: string): boolean {
  return rulePath.endsWith('*') ? urlPath.startsWith(rulePath.slice(0, -1)) : rulePath === urlPath;
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
