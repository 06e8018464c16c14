// Reads and rewrites the `name` table of an uncompressed OpenType/TrueType font (sfnt), so each face the site or
// the EPUB ships can carry its own internal names: readers that key fonts by PostScript name (Calibre) merge faces
// that share one. Pure functions over bytes; the fonts step (integrations/fonts.ts) compresses the result.

/** A name record as read back: which name (ID) and its text. */
export interface NameRecord {
  platformId: number;
  encodingId: number;
  languageId: number;
  nameId: number;
  text: string;
}

interface Table {
  tag: string;
  data: Uint8Array;
}

const WINDOWS = { platformId: 3, encodingId: 1, languageId: 0x409 } as const;

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

/** The font's tables, as the table directory lists them. */
function readTables(font: Uint8Array): { version: number; tables: Table[] } {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x4f54544f && version !== 0x74727565)
    throw new Error('not an uncompressed sfnt font (convert woff/woff2 first)');
  const count = view.getUint16(4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    tables.push({ tag: tag(view, entry), data: font.slice(offset, offset + length) });
  }
  return { version, tables };
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** The font from its tables: sorted directory, 4-byte aligned tables, checksums and head's checkSumAdjustment. */
function writeTables(version: number, tables: Table[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const head = sorted.find((t) => t.tag === 'head');
  if (head) new DataView(head.data.buffer, head.data.byteOffset).setUint32(8, 0);
  const count = sorted.length;
  let power = 1;
  let log = 0;
  while (power * 2 <= count) {
    power *= 2;
    log++;
  }
  const headerLength = 12 + count * 16;
  const size = sorted.reduce((total, t) => total + ((t.data.length + 3) & ~3), headerLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, version);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, log);
  view.setUint16(10, count * 16 - power * 16);
  let offset = headerLength;
  sorted.forEach((t, i) => {
    const entry = 12 + i * 16;
    for (let c = 0; c < 4; c++) view.setUint8(entry + c, t.tag.charCodeAt(c));
    view.setUint32(entry + 4, checksum(t.data));
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  if (head) {
    const headOffset = view.getUint32(12 + sorted.indexOf(head) * 16 + 8);
    view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  }
  return out;
}

function utf16be(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) >> 8;
    out[i * 2 + 1] = text.charCodeAt(i) & 0xff;
  }
  return out;
}

function decode(platformId: number, bytes: Uint8Array): string {
  if (platformId === 0 || platformId === 3) {
    let text = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return text;
  }
  return String.fromCharCode(...bytes);
}

type RawRecord = Omit<NameRecord, 'text'> & { bytes: Uint8Array };

function readNameTable(data: Uint8Array): RawRecord[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const count = view.getUint16(2);
  const storage = view.getUint16(4);
  const records: RawRecord[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    const length = view.getUint16(at + 8);
    const offset = storage + view.getUint16(at + 10);
    records.push({
      platformId: view.getUint16(at),
      encodingId: view.getUint16(at + 2),
      languageId: view.getUint16(at + 4),
      nameId: view.getUint16(at + 6),
      bytes: data.slice(offset, offset + length),
    });
  }
  return records;
}

function writeNameTable(records: RawRecord[]): Uint8Array {
  const sorted = [...records].sort(
    (a, b) =>
      a.platformId - b.platformId || a.encodingId - b.encodingId || a.languageId - b.languageId || a.nameId - b.nameId,
  );
  const storage = 6 + sorted.length * 12;
  const size = sorted.reduce((total, r) => total + r.bytes.length, storage);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0);
  view.setUint16(2, sorted.length);
  view.setUint16(4, storage);
  let offset = 0;
  sorted.forEach((r, i) => {
    const at = 6 + i * 12;
    view.setUint16(at, r.platformId);
    view.setUint16(at + 2, r.encodingId);
    view.setUint16(at + 4, r.languageId);
    view.setUint16(at + 6, r.nameId);
    view.setUint16(at + 8, r.bytes.length);
    view.setUint16(at + 10, offset);
    out.set(r.bytes, storage + offset);
    offset += r.bytes.length;
  });
  return out;
}

/** Every name record of a font, decoded. */
export function readNames(font: Uint8Array): NameRecord[] {
  const name = readTables(font).tables.find((t) => t.tag === 'name');
  if (!name) return [];
  return readNameTable(name.data).map(({ bytes, ...record }) => ({
    ...record,
    text: decode(record.platformId, bytes),
  }));
}

/** The text of one name ID (Windows English record first), or undefined. */
export function nameOf(font: Uint8Array, nameId: number): string | undefined {
  const records = readNames(font).filter((r) => r.nameId === nameId);
  return (records.find((r) => r.platformId === 3) ?? records[0])?.text;
}

/**
 * The font with the given name IDs set (as Windows English records, every other platform's and language's record of
 * those IDs dropped) and every other name record kept as it was.
 */
export function setNames(font: Uint8Array, names: Readonly<Record<number, string>>): Uint8Array {
  const { version, tables } = readTables(font);
  const name = tables.find((t) => t.tag === 'name');
  const ids = new Set(Object.keys(names).map(Number));
  const kept = name ? readNameTable(name.data).filter((r) => !ids.has(r.nameId)) : [];
  const added = [...ids].map((nameId) => ({ ...WINDOWS, nameId, bytes: utf16be(names[nameId]!) }));
  const data = writeNameTable([...kept, ...added]);
  return writeTables(version, [...tables.filter((t) => t.tag !== 'name'), { tag: 'name', data }]);
}
