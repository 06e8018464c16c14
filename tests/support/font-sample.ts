// The sample the drawing test renders in each engine: words of the article's own Arabic (ة, في, the ن of
// كازاخستان, tanwin), Arabic-Indic and Latin digits, and Latin words with a full stop, each word in a cell of its
// own so the screenshot can be cut into words; and a tiny server for the page and the font files it names.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SAMPLE_WORDS = [
  'مدينة',
  'في',
  'كازاخستان',
  'الثنائية',
  'بين',
  'قمة',
  'رسميًا',
  '١٢٣٤٥٦٧٨٩٠',
  'CICA',
  '2017.',
  '12-13',
  'أستانا',
] as const;

/** Each word's cell, in CSS pixels: ROWS a column, columns side by side from the right. */
export const CELL = { width: 300, height: 90 } as const;
export const ROWS = 6;
const SIZE = 40;

/** The font files a sample page draws with: one for Arabic, and optionally one for Latin (as the site splits). */
export interface SampleFonts {
  arabic: { file: string; data: Uint8Array };
  latin?: { file: string; data: Uint8Array };
}

const ARABIC_RANGE = 'U+0020, U+00A0, U+0600-06FF, U+200C-200F, U+FB50-FDFF, U+FE70-FEFF';
const LATIN_RANGE = 'U+0021-007E, U+00A1-00FF, U+2013-2014, U+2018-201E, U+2026';

/** The page: black on white, right to left, one absolutely placed word a cell. */
function samplePage(fonts: SampleFonts): string {
  const face = (file: string, range?: string) =>
    `@font-face{font-family:Sample;font-display:block;src:url("${file}")${range ? `;unicode-range:${range}` : ''}}`;
  const faces = fonts.latin
    ? [face(fonts.arabic.file, ARABIC_RANGE), face(fonts.latin.file, LATIN_RANGE)]
    : [face(fonts.arabic.file)];
  const lines = SAMPLE_WORDS.map(
    (word, i) =>
      `<div style="position:absolute;inset-inline-start:${Math.floor(i / ROWS) * CELL.width + 20}px;top:${(i % ROWS) * CELL.height}px">${word}</div>`,
  );
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>sample</title><style>
${faces.join('\n')}
html,body{margin:0;background:#fff;color:#000;overflow:hidden}
div{font:${SIZE}px/${CELL.height}px Sample;white-space:nowrap}
</style></head><body>${lines.join('')}</body></html>`;
}

/** Serve the page at /sample.html and its fonts at their file names, on the loopback. */
export async function serveSample(fonts: SampleFonts): Promise<{ url: string; close(): Promise<void> }> {
  const files = new Map<string, { type: string; data: Uint8Array | string }>([
    ['/sample.html', { type: 'text/html; charset=utf-8', data: samplePage(fonts) }],
  ]);
  for (const f of [fonts.arabic, fonts.latin])
    if (f) files.set(`/${f.file}`, { type: f.file.endsWith('.ttf') ? 'font/ttf' : 'font/woff2', data: f.data });
  const server: Server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    res.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
    res.end(file?.data ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sample.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
