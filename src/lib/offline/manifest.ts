// The web app manifest, so the site installs as an Arabic, right-to-left reading app under any base path.
import { withBase } from '../urls.ts';

export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  lang: string;
  dir: 'rtl' | 'ltr' | 'auto';
  base: string;
  themeColor: string;
  backgroundColor: string;
}

/** The icons in public/app-icons/ (made by src/cli/make-icons.ts), under the base path. */
export function manifestIcons(base: string) {
  return [
    { src: withBase('app-icons/icon.svg', base), sizes: 'any', type: 'image/svg+xml' },
    { src: withBase('app-icons/icon-192.png', base), sizes: '192x192', type: 'image/png' },
    { src: withBase('app-icons/icon-512.png', base), sizes: '512x512', type: 'image/png' },
    { src: withBase('app-icons/maskable-512.png', base), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ];
}

/** The manifest as an object: start URL, scope and id are the base path, so a subpath deploy installs as itself. */
export function webManifest(input: ManifestInput) {
  return {
    id: input.base,
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: input.lang,
    dir: input.dir,
    start_url: input.base,
    scope: input.base,
    display: 'standalone',
    theme_color: input.themeColor,
    background_color: input.backgroundColor,
    icons: manifestIcons(input.base),
  };
}
