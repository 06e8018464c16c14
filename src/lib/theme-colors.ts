// The theme's colours are written once, as the `--site-*: light-dark(light, dark)` tokens of
// src/styles/global.css; what needs them outside CSS (the theme-color meta tags, the web app manifest, the
// icon maker) reads them from that file through this parser.

export interface ThemeColor {
  light: string;
  dark: string;
}

/** Every `--site-NAME: light-dark(A, B)` token of a stylesheet, by NAME. */
export function parseThemeColors(css: string): Record<string, ThemeColor> {
  const colors: Record<string, ThemeColor> = {};
  for (const m of css.matchAll(/--site-([a-z-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)/gi))
    colors[m[1] as string] = { light: m[2] as string, dark: m[3] as string };
  return colors;
}

/** One token, or an error naming it: a renamed token must not silently drop a colour. */
export function themeColor(colors: Record<string, ThemeColor>, name: string): ThemeColor {
  const color = colors[name];
  if (!color) throw new Error(`src/styles/global.css has no --site-${name}: light-dark(…) token`);
  return color;
}
