// The one key a request is kept under: a folder URL names its index.html, and the query and fragment are
// dropped (a static site answers the same bytes whatever `?q=`, `?ts=` or `?pagefind-highlight=`).
import { isKept } from './service-worker-config.ts';

/** The cache key (absolute URL of the built file) of a request's URL under a worker's scope, or undefined when
 *  the URL is outside the scope or names a file the worker does not keep. */
export function cacheKey(href: string, scope: string): string | undefined {
  const url = new URL(href);
  const at = url.origin + url.pathname;
  if (!at.startsWith(scope)) return undefined;
  let path = at.slice(scope.length);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return isKept(decodeURIComponent(path)) ? scope + path : undefined;
}
