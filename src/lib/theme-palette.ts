// The site's palette for pages and routes (Vite reads the stylesheet as text at build time).
import css from '../styles/global.css?raw';
import { parseThemeColors, themeColor } from './theme-colors.ts';

const colors = parseThemeColors(css);
/** The page background, light and dark: the browser's theme-color and the manifest's background. */
export const background = themeColor(colors, 'bg');
/** The accent: links, focus rings, the icon. */
export const accent = themeColor(colors, 'accent');
