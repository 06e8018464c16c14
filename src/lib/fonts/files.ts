// The subset webfont's files, and where the build writes them: the fonts step (integrations/fonts.ts) makes
// them before Vite runs; the EPUB edition (lib/epub/edition.ts) embeds its own faces from the same folder.
import { join } from 'node:path';
import { FACES } from './faces.ts';

/** A shipped font file's name. */
export type FontFile = (typeof FACES)[number]['out'];

/** Where the subset fonts are written, under the project's root. */
export const FONT_CACHE = join('node_modules', '.cache', 'site-fonts');
