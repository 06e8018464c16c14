// The sitemap: home, every chapter, the index of names and the timeline, by absolute URL. The web edition has it
// only when SITE_URL is set (lib/edition.ts): a sitemap's <loc> must be absolute, so without the site's origin
// there is no valid sitemap to write.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortChapters } from '../lib/chapters/order.ts';
import { absoluteUrl, chapterPath, withBase } from '../lib/urls.ts';
import { EXPLAINERS } from '../lib/explainers.ts';

export const GET: APIRoute = async () => {
  const chapters = sortChapters(await getCollection('chapters'));
  const paths = [
    withBase(),
    ...chapters.map((c) => chapterPath(c.id)),
    ...EXPLAINERS.map((name) => withBase(`${name}/`)),
  ];
  const urls = paths.map((p) => `  <url><loc>${absoluteUrl(p) ?? ''}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
