// Reading the built HTML in tests: parse a page, query it, and get the text a reader sees.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ELEMENT_NODE, TEXT_NODE, parse, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';

export { querySelector, querySelectorAll };

/** Every file under `dir` whose name ends with `ext`, as paths relative to `dir`, sorted. */
export function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(ext)) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

export function loadPage(dist: string, file: string): { html: string; doc: Node } {
  const html = readFileSync(join(dist, file), 'utf8');
  return { html, doc: parse(html) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

export function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The text of a node as a reader sees it (scripts and styles left out). */
export function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return decode(node.value);
  if (node.type === ELEMENT_NODE && (node.name === 'script' || node.name === 'style')) return '';
  return (node.children ?? []).map(textOf).join('');
}
