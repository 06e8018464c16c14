// robots.txt: everything may be crawled; the sitemap is named when the site URL is known. The web edition's
// only (lib/edition.ts).
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/urls.ts';

export const GET: APIRoute = () => {
  const sitemap = absoluteUrl(withBase('sitemap.xml'));
  const body = ['User-agent: *', 'Allow: /', ...(sitemap ? [`Sitemap: ${sitemap}`] : [])].join('\n');
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
