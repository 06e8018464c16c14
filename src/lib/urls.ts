// Every internal URL goes through here, so the site works at the root or under any subpath.
import { site } from '../site.ts';

/** A path inside the site (no leading slash needed) under the configured base, with a trailing slash for pages. */
export function withBase(path = '', base: string = site.base): string {
  const clean = path.replace(/^\/+/, '');
  return `${base}${clean}`;
}

/** The URL of a chapter page. */
export function chapterPath(slug: string, base: string = site.base): string {
  return withBase(`${slug}/`, base);
}

/** The URL path (under the base) a built page file is served at: `cica/index.html` -> `cica/`, `404.html` stays. */
export function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** The built file a URL path (under the base, no query) names: a folder's `index.html`, else the path itself. */
export function pageFile(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** An absolute URL for canonical links, OpenGraph and the sitemap; undefined without a site URL. */
export function absoluteUrl(path: string, siteUrl: string | undefined = site.siteUrl): string | undefined {
  return siteUrl ? new URL(path, `${siteUrl}/`).href : undefined;
}
