// Which characters the subset webfont must carry: every character the site shows, plus the basic
// Arabic letters, marks and digits, so that a reader's typed query renders in the same font and
// Arabic joining never breaks across two fonts.

const ranges: Array<[number, number]> = [
  [0x0020, 0x007e], // basic Latin, printable
  [0x00a0, 0x00a0], // no-break space
  [0x00ab, 0x00ab], // «
  [0x00bb, 0x00bb], // »
  [0x060c, 0x060c], // Arabic comma
  [0x061b, 0x061b], // Arabic semicolon
  [0x061f, 0x061f], // Arabic question mark
  [0x0621, 0x063a], // hamza .. ghain
  [0x0640, 0x0652], // tatweel, fa .. ya, harakat, shadda, sukun
  [0x0660, 0x066c], // Arabic-Indic digits, percent, decimal and thousands separators
  [0x0670, 0x0671], // superscript alef, alef wasla
  [0x067e, 0x067e], // peh
  [0x0686, 0x0686], // tcheh
  [0x06a9, 0x06a9], // keheh (Persian kaf)
  [0x06af, 0x06af], // gaf
  [0x06c0, 0x06c0], // heh with yeh above
  [0x06cc, 0x06cc], // Farsi yeh
  [0x06d5, 0x06d5], // ae
  [0x06f0, 0x06f9], // Persian digits
  [0x200c, 0x200f], // ZWNJ, ZWJ, LRM, RLM
  [0x2013, 0x2014], // en and em dash
  [0x2026, 0x2026], // ellipsis
];

/** The basic set, as a string. */
export function baseCharacters(): string {
  let out = '';
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) out += String.fromCodePoint(c);
  return out;
}

/** The sorted, de-duplicated characters of some texts plus the basic set; line breaks dropped. */
export function glyphText(texts: readonly string[]): string {
  const chars = new Set<string>();
  for (const text of [baseCharacters(), ...texts]) for (const ch of text) if (ch >= ' ') chars.add(ch);
  return [...chars].sort().join('');
}
