// sitemap.xml, only for a build that knows its public origin (SITE_URL): the sitemaps protocol requires absolute
// <loc> URLs, so without one the sitemap is left out (and robots.txt names none), and the build says so.
import type { AstroIntegration } from 'astro';
import { site } from '../site.ts';

export default function sitemap(): AstroIntegration {
  return {
    name: 'site:sitemap',
    hooks: {
      'astro:config:setup': ({ injectRoute, command, logger }) => {
        if (site.siteUrl) {
          injectRoute({ pattern: '/sitemap.xml', entrypoint: new URL('../routes/sitemap.xml.ts', import.meta.url) });
        } else if (command === 'build' && site.target === 'web') {
          logger.info('no SITE_URL: sitemap.xml is left out (it needs absolute URLs); set SITE_URL to make one');
        }
      },
    },
  };
}
