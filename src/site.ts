// The one place that says what the site is, in which language and direction, and where it lives.
// Base path and site URL come from the environment so one build can target any host or subpath. This is the
// only module that reads the environment.

/** Normalise a base path to the form Astro and the URL helpers expect: leading and trailing slash. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site URL without a trailing slash, or undefined when none is configured. */
export function normaliseSiteUrl(raw: string | undefined): string | undefined {
  const trimmed = raw?.trim();
  if (!trimmed) return undefined;
  return new URL(trimmed).origin;
}

const env = typeof process === 'undefined' ? {} : process.env;

/**
 * Which edition a build makes: the web edition, served by a host (the default), or the disk edition, a folder read
 * from file:// (`SITE_TARGET=disk`, `npm run build:disk`). What each has is said once, in lib/edition.ts.
 */
export type SiteTarget = 'web' | 'disk';
const target: SiteTarget = env.SITE_TARGET === 'disk' ? 'disk' : 'web';

export const site = {
  name: 'أردوغان في كازاخستان',
  // Editorial: the site's one-line description for the web app manifest.
  tagline: 'مقال واحد في أربعة فصول: العلاقات الثنائية، وقمة CICA، والوساطة التركية، وسوريا',
  lang: 'ar',
  dir: 'rtl',
  ogLocale: 'ar_AR',
  target,
  // Files read from disk have no host path: the disk edition is built at the root, then made relative.
  base: target === 'disk' ? '/' : normaliseBase(env.BASE_PATH),
  siteUrl: normaliseSiteUrl(env.SITE_URL),
  build: {
    /** Where a build goes (`OUT_DIR`); each command has its own default (dist/, dist-disk/). */
    outDir: env.OUT_DIR || undefined,
    /** Astro's cache folder (`CACHE_DIR`): the tests give each of the builds they run side by side its own. */
    cacheDir: env.CACHE_DIR || undefined,
    /** The folder the chapters are read from (`CHAPTERS_DIR`): tests and benchmarks point it elsewhere. */
    chaptersDir: env.CHAPTERS_DIR || 'content/chapters',
    /** `SKIP_FIDELITY_CHECK=1` turns the build's chapter check off, for the scale benchmark's synthetic chapters only. */
    checkChapters: env.SKIP_FIDELITY_CHECK !== '1',
  },
  edition: {
    // The EPUB's dcterms:modified: the same in every build; change it when the edition's text changes.
    modified: '2026-12-02T00:00:00Z',
  },
  source: {
    // The article reached us as a copy of a web page; its publisher is not named in the copy.
    note: 'النص مأخوذ كما هو من صفحة إخبارية على الويب، دون تعديل.',
    file: 'content/source/article.txt',
  },
} as const;
