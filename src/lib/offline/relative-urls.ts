// A page opened from disk (file://) has no site root: `/cica/` would mean the root of the drive, and a folder
// does not open its index.html. These helpers rewrite root-relative URLs into paths relative to the file.
import { pageFile } from '../urls.ts';

/** The URL of `target` (root-relative, e.g. `/cica/#p-3`) as seen from the built file `fromFile` (e.g. `syria/index.html`). */
export function relativeUrl(target: string, fromFile: string): string {
  const match = /^\/([^?#]*)([?#].*)?$/.exec(target);
  if (!match || target.startsWith('//')) return target;
  const [, path = '', rest = ''] = match;
  const file = pageFile(path);
  const from = fromFile.split('/').slice(0, -1);
  const to = file.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = from.slice(common).map(() => '..');
  return [...ups, ...to.slice(common)].join('/') + rest;
}

/** Rewrite every root-relative URL in the href, src, action, poster and data attributes of tags (not text). */
export function relativizeHtml(html: string, fromFile: string): string {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag.replace(
      /(\s(?:href|src|action|poster|data)=)(["'])(\/(?!\/)[^"']*)\2/g,
      (_, attr: string, quote: string, url: string) => `${attr}${quote}${relativeUrl(url, fromFile)}${quote}`,
    ),
  );
}

/** Rewrite every root-relative url(...) in a stylesheet to one relative to the stylesheet. */
export function relativizeCss(css: string, fromFile: string): string {
  return css.replace(
    /url\((["']?)(\/(?!\/)[^"')]*)\1\)/g,
    (_, quote: string, url: string) => `url(${quote}${relativeUrl(url, fromFile)}${quote})`,
  );
}

/**
 * Park external module scripts: browsers refuse them from file:// (an error in the console, nothing else).
 * The file build's classic script starts them again when the folder is served over http(s) instead.
 */
export function parkModuleScripts(html: string): string {
  return html.replace(
    /<script\b([^>]*)\btype=(["']?)module\2([^>]*)\bsrc=(["'])([^"']+)\4([^>]*)><\/script>/gi,
    (_, _a: string, _q: string, _b: string, quote: string, src: string) =>
      `<script type="text/plain" data-module-src=${quote}${src}${quote}></script>`,
  );
}
