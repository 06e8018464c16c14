// Reading the built HTML in tests: parse a page, query it, and get the text a reader sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, TEXT_NODE, parse, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { decodeEntities } from '../../src/lib/html/entities.ts';

export { querySelector, querySelectorAll };

export function loadPage(dist: string, file: string): { html: string; doc: Node } {
  const html = readFileSync(join(dist, file), 'utf8');
  return { html, doc: parse(html) };
}

/** The text of a node as a reader sees it (scripts and styles left out). */
export function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return decodeEntities(node.value);
  if (node.type === ELEMENT_NODE && (node.name === 'script' || node.name === 'style')) return '';
  return (node.children ?? []).map(textOf).join('');
}
