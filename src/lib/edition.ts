// What each edition of the site has, said once and decided from the build's target (site.ts): the web edition,
// served by a host, and the disk edition, a folder read from file:// (`npm run build:disk`). The layout, the
// components, the routes, the after-build steps and the browser code (through `virtual:site/edition`:
// integrations/vite-edition.ts) read this; nothing else asks which target a build has.
import { site, type SiteTarget } from '../site.ts';

/** The routes an edition may have beyond src/pages/: files in src/routes/, added by integrations/edition-routes.ts. */
export type EditionRoute = 'offline' | 'offline-reading' | 'manifest.webmanifest' | 'robots.txt' | 'sitemap.xml';

interface Features {
  /**
   * Offline reading: the service worker (sw.js) that keeps the site on the device, its update notice, the page it
   * answers with offline (/offline/) and the page that saves the site on request (/offline-reading/).
   * file:// allows no service worker.
   */
  offlineReading: boolean;
  /** The web app manifest, linked from every page: browsers fetch it with CORS, which file:// cannot answer. */
  manifest: boolean;
  /** Preloads of the webfont files: a CORS request too; from disk the fonts are there in time anyway. */
  fontPreloads: boolean;
  /** Module preloads: browsers refuse module scripts from file://, so the disk edition parks them instead. */
  modulePreloads: boolean;
  /** What a host reads: the `_headers` rules, and for crawlers robots.txt (and sitemap.xml with a site URL). */
  hostFiles: boolean;
  /** Made readable from file://: relative URLs, parked module scripts, the notice that search needs a server. */
  readableFromDisk: boolean;
}

export interface Edition extends Features {
  target: SiteTarget;
  /** The routes it has beyond src/pages/; a route an edition does not have is never rendered. */
  routes: EditionRoute[];
}

/** Each edition's features, side by side. */
const FEATURES: Record<SiteTarget, Features> = {
  web: {
    offlineReading: true,
    manifest: true,
    fontPreloads: true,
    modulePreloads: true,
    hostFiles: true,
    readableFromDisk: false,
  },
  disk: {
    offlineReading: false,
    manifest: false,
    fontPreloads: false,
    modulePreloads: false,
    hostFiles: false,
    readableFromDisk: true,
  },
};

/** The edition a target builds; a sitemap needs the site's URL (its `<loc>`s are absolute). */
export function editionOf(target: SiteTarget, siteUrl: string | undefined): Edition {
  const features = FEATURES[target];
  const routes: EditionRoute[] = [
    ...(features.offlineReading ? (['offline', 'offline-reading'] as const) : []),
    ...(features.manifest ? (['manifest.webmanifest'] as const) : []),
    ...(features.hostFiles ? (['robots.txt'] as const) : []),
    ...(features.hostFiles && siteUrl ? (['sitemap.xml'] as const) : []),
  ];
  return { target, ...features, routes };
}

/** This build's edition. */
export const edition: Edition = editionOf(site.target, site.siteUrl);
