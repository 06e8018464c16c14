// What a page really fetches, from a real browser load, priced in served bytes from the built files:
// the size gate and the weight benchmark both read pages through this one function.
import type { BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { fileForPath } from '../../../src/lib/files.ts';
import { servedBytes, servedFileBytes } from '../../../src/lib/offline/served-bytes.ts';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'search' | 'other';

export interface Fetched {
  /** Path under the base, without query, e.g. `_astro/x.css`. */
  path: string;
  kind: Kind;
  /** Served bytes (gzip) of the built file; 0 when the path is not a file of the build. */
  bytes: number;
  /** True when the service worker fetched it (precache), not the page. */
  byServiceWorker: boolean;
  missing: boolean;
}

/** The kind of a fetched file, by where it lives and its extension. */
export function kindOf(path: string): Kind {
  if (/(^|\/)pagefind\//.test(path)) return 'search';
  if (path === '' || path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (/\.css$/.test(path)) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(path)) return 'image';
  return 'other';
}

/** Start recording every request of a browser context (page and service worker) under `baseUrl`. */
export function recordRequests(context: BrowserContext, dist: string, baseUrl: string): () => Fetched[] {
  const seen: Fetched[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl)) return;
    const path = decodeURIComponent(new URL(url).pathname).slice(new URL(baseUrl).pathname.length);
    const file = fileForPath(dist, path);
    seen.push({
      path,
      kind: kindOf(file ?? path),
      bytes: file ? servedFileBytes(join(dist, file)) : 0,
      byServiceWorker: request.serviceWorker() !== null,
      missing: file === undefined,
    });
  });
  return () => [...seen];
}

/** Open a page and wait until it and its fonts have finished loading. */
export async function openAndSettle(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
}

/** Served bytes of the scripts written into the page itself (JSON-LD is data, not script). */
export async function inlineScriptBytes(page: Page): Promise<number> {
  const sources = await page.$$eval('script:not([src])', (scripts) =>
    scripts.filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
  );
  return sources.length ? servedBytes(sources.join('\n')) : 0;
}

/** Sum of bytes, by kind, of fetched files (each file counted once). */
export function bytesByKind(fetched: Fetched[]): Record<Kind | 'total', number> & { requests: number } {
  const totals = { html: 0, css: 0, js: 0, font: 0, image: 0, search: 0, other: 0, total: 0, requests: 0 };
  const counted = new Set<string>();
  for (const f of fetched) {
    totals.requests++;
    if (counted.has(f.path)) continue;
    counted.add(f.path);
    totals[f.kind] += f.bytes;
    totals.total += f.bytes;
  }
  return totals;
}
