// Every font face the site and the EPUB ship, and the internal names each carries: its own family, full and
// PostScript names, so no reader merges two of them (Calibre keys embedded fonts by PostScript name and drew
// the Latin subset's digits from the Arabic one). Pure: the fonts step (integrations/fonts.ts) applies them.

/** Where a face is used: the site's CSS, or the EPUB's stylesheet. */
type Edition = 'web' | 'book';

export interface Face {
  /** The file the build writes (lib/fonts/files.ts's folder) and the CSS or the book refers to. */
  out: string;
  /** The @fontsource file it is subset from. */
  from: string;
  script: 'arabic' | 'latin';
  weight: 400 | 700;
  edition: Edition;
}

function face(edition: Edition, script: Face['script'], weight: Face['weight']): Face {
  const out = `${edition === 'book' ? 'book-' : ''}naskh-${script}-${weight}.woff2`;
  return { out, from: `noto-naskh-arabic-${script}-${weight}-normal.woff2`, script, weight, edition };
}

/** The site's four files (Arabic and Latin, 400 and 700), then the book's four. */
export const FACES = [
  face('web', 'arabic', 400),
  face('web', 'arabic', 700),
  face('web', 'latin', 400),
  face('web', 'latin', 700),
  face('book', 'arabic', 400),
  face('book', 'arabic', 700),
  face('book', 'latin', 400),
  face('book', 'latin', 700),
] as const satisfies readonly Face[];

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The family name a face carries inside the file (what browsers' font tools report for it). */
export function familyName(f: Pick<Face, 'edition' | 'script'>): string {
  return `Noto Naskh Arabic ${capital(f.edition)}${f.script === 'latin' ? ' Latin' : ''}`;
}

/** The name table entries a face gets: IDs 1, 2, 4, 6, 16, 17, and 3 from the source's version (name ID 5). */
export function faceNames(f: Face, version: string): Record<number, string> {
  const family = familyName(f);
  const style = f.weight === 700 ? 'Bold' : 'Regular';
  const postscript = `${family.replaceAll(' ', '')}-${style}`;
  const number = /\d+(\.\d+)*/.exec(version)?.[0] ?? version;
  return {
    1: family,
    2: style,
    3: `${number};${postscript}`,
    4: `${family} ${style}`,
    6: postscript,
    16: family,
    17: style,
  };
}
