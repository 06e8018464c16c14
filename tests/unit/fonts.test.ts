// Each font face the site and the EPUB ship carries its own internal names (lib/fonts/faces.ts), written into
// the font's name table (lib/fonts/sfnt-names.ts) with the rest of the font intact.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';
import { FACES, faceNames, familyName } from '../../src/lib/fonts/faces.ts';
import { nameOf, readNames, setNames } from '../../src/lib/fonts/sfnt-names.ts';
import { subsetFace } from '../../src/lib/fonts/subset.ts';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('@fontsource/noto-naskh-arabic/package.json')), 'files');
const source = (file: string): Buffer => readFileSync(join(fontDir, file));
const sfnt = async (woff2: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await fontverter.convert(Buffer.from(woff2), 'sfnt', 'woff2'));

/** The sum of a font's 32-bit words: 0xB1B0AFBA when head's checkSumAdjustment is right. */
function fontChecksum(font: Uint8Array): number {
  const padded = new Uint8Array((font.length + 3) & ~3);
  padded.set(font);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('faceNames', () => {
  const all = FACES.map((f) => faceNames(f, 'Version 2.016'));

  it('gives every face its own PostScript name, full name and unique ID', () => {
    for (const id of [3, 4, 6]) expect(new Set(all.map((n) => n[id])).size, `name ID ${id}`).toBe(FACES.length);
    for (const n of all) expect(n[6]).toMatch(/^[A-Za-z0-9-]{1,63}$/);
  });

  it('gives the Arabic and Latin subsets, and the site and the book, families of their own; weights share one', () => {
    const families = new Set(FACES.map((f) => familyName(f)));
    expect(families.size).toBe(4);
    expect(faceNames(FACES[0], 'Version 2.016')).toEqual({
      1: 'Noto Naskh Arabic Web',
      2: 'Regular',
      3: '2.016;NotoNaskhArabicWeb-Regular',
      4: 'Noto Naskh Arabic Web Regular',
      6: 'NotoNaskhArabicWeb-Regular',
      16: 'Noto Naskh Arabic Web',
      17: 'Regular',
    });
    expect(faceNames(FACES[3], 'Version 2.016')[4]).toBe('Noto Naskh Arabic Web Latin Bold');
  });

  it('names every file once', () => {
    expect(new Set(FACES.map((f) => f.out)).size).toBe(FACES.length);
  });
});

describe('setNames', () => {
  it('replaces the given names, keeps the others, and leaves a font whose checksums hold', async () => {
    const font = await sfnt(source('noto-naskh-arabic-latin-400-normal.woff2'));
    const copyright = nameOf(font, 0);
    const renamed = setNames(font, { 1: 'Test Family', 6: 'TestFamily-Regular' });
    expect(nameOf(renamed, 1)).toBe('Test Family');
    expect(nameOf(renamed, 6)).toBe('TestFamily-Regular');
    expect(nameOf(renamed, 0)).toBe(copyright);
    expect(readNames(renamed).filter((r) => r.nameId === 6)).toHaveLength(1);
    expect(fontChecksum(renamed)).toBe(0xb1b0afba);
    // The font still converts, and comes back with the new names.
    const again = await sfnt(await fontverter.convert(Buffer.from(renamed), 'woff2', 'sfnt'));
    expect(nameOf(again, 6)).toBe('TestFamily-Regular');
  });

  it('refuses a compressed font', () => {
    expect(() => setNames(new Uint8Array(source('noto-naskh-arabic-latin-400-normal.woff2')), {})).toThrow(/sfnt/);
  });
});

describe('subsetFace', () => {
  it('writes a WOFF2 with the face names, the source version and copyright, and only the asked characters', async () => {
    const face = FACES[6];
    const out = await subsetFace(source(face.from), 'CICA 2017.', face);
    expect(new TextDecoder().decode(out.slice(0, 4))).toBe('wOF2');
    const font = await sfnt(out);
    expect(nameOf(font, 6)).toBe('NotoNaskhArabicBookLatin-Regular');
    expect(nameOf(font, 5)).toMatch(/^Version 2\.016/);
    expect(nameOf(font, 3)).toBe('2.016;NotoNaskhArabicBookLatin-Regular');
    expect(nameOf(font, 0)).toMatch(/Noto Project Authors/);
    expect(out.length).toBeLessThan(5_000);
  });
});
