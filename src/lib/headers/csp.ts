// The content security policy: exactly what the site needs, nothing inline without a hash.
import { createHash } from 'node:crypto';

/** A CSP hash source for an inline script or style, so the policy can allow that one text and no other. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface CspInput {
  /** The exact texts of the inline scripts the pages run (the theme script). */
  inlineScripts: readonly string[];
}

/**
 * The policy every page is served with. Scripts and workers come from the site itself, plus the hashed
 * inline theme script; Pagefind compiles its WebAssembly, hence 'wasm-unsafe-eval' (not 'unsafe-eval').
 */
export function contentSecurityPolicy({ inlineScripts }: CspInput): string {
  const scripts = [...new Set(inlineScripts.map(hashSource))];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scripts, "'wasm-unsafe-eval'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Directives a `<meta>` policy cannot carry: browsers ignore them there, and say so in the console. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The policy as a page's `<meta http-equiv>` states it, for hosts that send no headers. */
export function metaContentSecurityPolicy(input: CspInput): string {
  return contentSecurityPolicy(input)
    .split('; ')
    .filter((directive) => !HEADER_ONLY.includes(directive.split(' ')[0] ?? ''))
    .join('; ');
}
