// The web app manifest (see lib/offline/manifest.ts), under the base path; the web edition's only (lib/edition.ts).
import type { APIRoute } from 'astro';
import { site } from '../site.ts';
import { webManifest } from '../lib/offline/manifest.ts';
import { accent, background } from '../lib/theme-palette.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webManifest({
        name: site.name,
        shortName: 'أردوغان وكازاخستان',
        description: site.tagline,
        lang: site.lang,
        dir: site.dir,
        base: site.base,
        themeColor: accent.light,
        backgroundColor: background.light,
      }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );
