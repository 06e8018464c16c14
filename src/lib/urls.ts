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

/** An absolute URL for canonical links, OpenGraph and the sitemap; undefined without a site URL. */
export function absoluteUrl(path: string, siteUrl: string | undefined = site.siteUrl): string | undefined {
  return siteUrl ? new URL(path, `${siteUrl}/`).href : undefined;
}
