// npm run bench:typing — is typing in the search box smooth on a slow phone? In Chromium with the CPU slowed
// 4x (DevTools' throttling), questions are typed into the dialog one key at a time, at a fast typist's pace,
// and the Event Timing API reports every key's interaction: from the key press to the next paint, the
// search's own work on the main thread included. Prints the median, the 90th percentile and the longest (INP's).
// `--dist DIR` measures another build (an earlier commit's, to compare before and after). Measures; never fails.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../../src/tools/browser.ts';
import { astroBuild } from '../../src/tools/astro-build.ts';
import { ROOT } from '../../src/tools/root.ts';
import { serve } from '../support/server.ts';

const at = process.argv.indexOf('--dist');
const DIST = at > 0 ? resolve(process.argv[at + 1] ?? '') : join(ROOT, 'dist-bench/search');
/** Questions and words typed in turn: long queries (many terms to retrieve and rank) and short ones. */
const TYPED = ['كم عاما كانت كازاخستان جزءا من الاتحاد السوفيتي', 'أين القاعدة الجوية الروسية', 'أردوغان'];
/** Milliseconds between keys: a fast typist on a phone. */
const KEY_GAP = 120;
const CPU_SLOWDOWN = 4;

async function main(): Promise<void> {
  if (at < 0 && !existsSync(join(DIST, 'index.html'))) astroBuild(DIST);
  const site = await serve(DIST, { gzip: true });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.url}cica/`, { waitUntil: 'networkidle' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.evaluate(() => {
      const w = window as unknown as { __events: number[] };
      w.__events = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name.startsWith('key')) w.__events.push(entry.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog[open] input');
    await input.waitFor();
    let keys = 0;
    for (const text of TYPED) {
      await input.fill('');
      for (const char of text) {
        await page.keyboard.type(char);
        keys++;
        await page.waitForTimeout(KEY_GAP);
      }
      await page.waitForFunction(
        (q) => document.querySelector<HTMLElement>('dialog[open]')?.dataset.searchDone === q,
        text,
        {
          timeout: 30_000,
        },
      );
    }
    await page.waitForTimeout(500);
    const durations = (await page.evaluate(() => (window as unknown as { __events: number[] }).__events)).sort(
      (a, b) => a - b,
    );
    const quantile = (q: number) =>
      Math.round(durations[Math.min(durations.length - 1, Math.floor(durations.length * q))] ?? 0);
    console.log(
      `typing ${keys} keys at ${KEY_GAP} ms into the dialog, CPU slowed ${CPU_SLOWDOWN}x (${DIST.replace(ROOT, '.')}):\n` +
        `  key interactions over 16 ms: ${durations.length}; median ${quantile(0.5)} ms, 90th percentile ${quantile(0.9)} ms, ` +
        `longest ${Math.round(durations.at(-1) ?? 0)} ms`,
    );
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
