// The subset webfont's files, and where the build writes them: the fonts step (integrations/fonts.ts) makes
// them before Vite runs; the EPUB edition (lib/epub/edition.ts) embeds them from the same folder.
import { join } from 'node:path';

/** The font files we ship: one per script subset and weight, named as the CSS refers to them. */
export const FONT_FILES = [
  { out: 'naskh-arabic-400.woff2', from: 'noto-naskh-arabic-arabic-400-normal.woff2' },
  { out: 'naskh-arabic-700.woff2', from: 'noto-naskh-arabic-arabic-700-normal.woff2' },
  { out: 'naskh-latin-400.woff2', from: 'noto-naskh-arabic-latin-400-normal.woff2' },
  { out: 'naskh-latin-700.woff2', from: 'noto-naskh-arabic-latin-700-normal.woff2' },
] as const;

/** A shipped font file's name. */
export type FontFile = (typeof FONT_FILES)[number]['out'];

/** Where the subset fonts are written, under the project's root. */
export const FONT_CACHE = join('node_modules', '.cache', 'site-fonts');
