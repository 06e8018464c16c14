// Draws the site's icons into public/app-icons/: one SVG, and PNGs rendered from it by Chromium for the web app
// manifest and iOS. Run once after changing the drawing: `npx node src/cli/make-icons.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseThemeColors, themeColor } from '../lib/theme-colors.ts';
import { launchBrowser } from '../tools/browser.ts';
import { ROOT } from '../tools/root.ts';

const OUT = join(ROOT, 'public/app-icons');
const colors = parseThemeColors(readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8'));
const ACCENT = themeColor(colors, 'accent').light;
const PAPER = themeColor(colors, 'bg').light;

/** An open book; `inset` shrinks it into the safe zone of a maskable icon. */
function drawing(inset: number, rounded: boolean): string {
  const s = 1 - inset * 2;
  const t = 64 * inset;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="${rounded ? 14 : 0}" fill="${ACCENT}"/>
  <g transform="translate(${t} ${t}) scale(${s})" fill="none" stroke="${PAPER}" stroke-width="3.2" stroke-linejoin="round" stroke-linecap="round">
    <path d="M32 19c-5-4-11-5-19-4v30c8-1 14 0 19 4 5-4 11-5 19-4V15c-8-1-14 0-19 4Z" fill="${PAPER}" fill-opacity=".16"/>
    <path d="M32 19v30"/>
    <path d="M38 26c3-1 6-1.4 8-1.2M38 32c3-1 6-1.4 8-1.2M38 38c3-1 6-1.4 8-1.2"/>
  </g>
</svg>
`;
}

const svg = drawing(0, true);
writeFileSync(join(OUT, 'icon.svg'), svg);

const browser = await launchBrowser();
const page = await browser.newPage();
const render = async (markup: string, size: number, file: string) => {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
  );
  await page.screenshot({ path: join(OUT, file), omitBackground: true });
};
await render(svg, 192, 'icon-192.png');
await render(svg, 512, 'icon-512.png');
await render(drawing(0.1, false), 512, 'maskable-512.png');
await render(drawing(0.06, false), 180, 'apple-touch-icon.png');
await browser.close();
