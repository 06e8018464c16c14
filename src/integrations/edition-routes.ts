// The routes this build's edition has beyond src/pages/ (lib/edition.ts): the web edition's offline pages,
// manifest and files for crawlers, from src/routes/. A route the edition does not have is never rendered.
import type { AstroIntegration } from 'astro';
import { edition, type EditionRoute } from '../lib/edition.ts';

/** The file that makes each route. */
const ENTRYPOINTS: Record<EditionRoute, URL> = {
  offline: new URL('../routes/offline.astro', import.meta.url),
  'offline-reading': new URL('../routes/offline-reading.astro', import.meta.url),
  'manifest.webmanifest': new URL('../routes/manifest.webmanifest.ts', import.meta.url),
  'robots.txt': new URL('../routes/robots.txt.ts', import.meta.url),
  'sitemap.xml': new URL('../routes/sitemap.xml.ts', import.meta.url),
};

export default function editionRoutes(): AstroIntegration {
  return {
    name: 'site:edition-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute, command, logger }) => {
        for (const route of edition.routes) injectRoute({ pattern: `/${route}`, entrypoint: ENTRYPOINTS[route] });
        if (command === 'build' && edition.hostFiles && !edition.routes.includes('sitemap.xml')) {
          logger.info('no SITE_URL: sitemap.xml is left out (it needs absolute URLs); set SITE_URL to make one');
        }
      },
    },
  };
}
