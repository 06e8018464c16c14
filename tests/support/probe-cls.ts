import { listPages, pagePath, ensureBuilt } from '../gates/lib/dist.ts';
import { serve } from './server.ts';
import { launchWithFonts, measureVisits } from './layout-shift.ts';
const dist = ensureBuilt();
const server = await serve(dist, { gzip: true });
const only = process.argv[2];
for (const fonts of ['system', 'no-arabic'] as const) {
  const browser = await launchWithFonts(fonts);
  for (const file of listPages(dist)) {
    const path = pagePath(file);
    for (const width of [375, 1280]) for (const timing of ['on-time', 'late'] as const) {
      if (only && only !== timing) continue;
      const r = await measureVisits(browser, server.url, { path, width, colorScheme: 'light', timing });
      console.log(fonts.padEnd(9), timing.padEnd(7), String(width).padEnd(5), (path||'/').padEnd(20), r.first.shift.toFixed(4), r.repeat.shift.toFixed(4), r.first.renderedFonts.join('+'), '|', r.repeat.renderedFonts.join('+'), r.first.entries.slice(0,3).map(e=>e.sources.join(',')).join(' ; '));
    }
  }
  await browser.close();
}
await server.close();
