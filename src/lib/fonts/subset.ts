// One face from its source file: subset to the site's characters (hb-subset, through subset-font), renamed
// (faces.ts, sfnt-names.ts), compressed to WOFF2. Kept: the source's copyright, version and licence names.
import fontverter from 'fontverter';
import subsetFont from 'subset-font';
import { faceNames, type Face } from './faces.ts';
import { nameOf, setNames } from './sfnt-names.ts';

/** Name IDs hb-subset keeps from the source: copyright, names, version, trademark, designer, licence. */
const KEEP_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14];

/** The face's WOFF2 bytes. */
export async function subsetFace(source: Uint8Array, text: string, face: Face): Promise<Uint8Array> {
  const sfnt = new Uint8Array(
    await subsetFont(Buffer.from(source), text, { targetFormat: 'truetype', preserveNameIds: KEEP_NAME_IDS }),
  );
  const renamed = setNames(sfnt, faceNames(face, nameOf(sfnt, 5) ?? ''));
  return new Uint8Array(await fontverter.convert(Buffer.from(renamed), 'woff2', 'sfnt'));
}
