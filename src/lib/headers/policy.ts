// The one set of rules every host is configured from: what each response carries and how the server behaves.
// `_headers` (rules.ts), `.htaccess` (htaccess.ts), nginx (nginx.ts) and Caddy (caddy.ts) each write it in
// their own syntax, so no policy is ever copied by hand.
import { HASHED_PATTERN, IMMUTABLE, REVALIDATE } from './cache.ts';
import { MEDIA_TYPES } from './types.ts';

export interface HostPolicy {
  /** The base path the build was made for, e.g. `/` or `/microsite/`. */
  base: string;
  /** Sent with every response, errors included. */
  security: Readonly<Record<string, string>>;
  /** Cache-Control: `immutable` for paths matching `hashed` (relative to the base), `revalidate` for the rest. */
  cache: { hashed: string; immutable: string; revalidate: string };
  /** The page answered, with status 404, for an unknown path (relative to the base). */
  notFound: string;
  /** Paths (relative to the base) never served: the hosts' configuration files, and any dotfile. */
  hidden: string;
  /** Extension -> media type, and whether it is UTF-8 text. */
  types: typeof MEDIA_TYPES;
  /** Text files are written beside themselves gzipped (`<file>.gz`); a host sends that file as it is. */
  precompressed: '.gz';
}

/** Configuration files of hosts that may sit in the build; none is ever served. */
export const HOST_FILES = ['_headers', '_redirects', '.htaccess'] as const;

/** Every path under the base that no host serves: the hosts' files, and dotfiles anywhere. */
const HIDDEN_PATTERN = String.raw`^(?:(?:_headers|_redirects)$|(?:.*/)?\.)`;

/** Security headers every response carries. */
function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** The policy for a build under `base`, with the Content-Security-Policy of its pages (see csp.ts). */
export function hostPolicy({ base, csp }: { base: string; csp: string }): HostPolicy {
  return {
    base,
    security: securityHeaders(csp),
    cache: { hashed: HASHED_PATTERN, immutable: IMMUTABLE, revalidate: REVALIDATE },
    notFound: '404.html',
    hidden: HIDDEN_PATTERN,
    types: MEDIA_TYPES,
    precompressed: '.gz',
  };
}

/** True for a path (relative to the base) that no host serves. */
export function isHidden(policy: HostPolicy, path: string): boolean {
  return new RegExp(policy.hidden).test(path);
}

/** Text matched as itself in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern over paths relative to the base (starting with `^`) as one over full URL paths. */
export function underBase(pattern: string, base: string): string {
  return `^${escapeRegExp(base)}${pattern.slice(1)}`;
}

/** A value in double quotes, as Apache, nginx and Caddy read it; none of the policy's values holds a quote. */
export function quoted(value: string): string {
  if (/["\n]/.test(value)) throw new Error(`cannot quote ${value} for a server configuration`);
  return `"${value}"`;
}
