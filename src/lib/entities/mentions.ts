// Where the article names each entity: found in its text by the site's normaliser (attached و ب ل ال and hamza
// forms: لكازاخستان and والأمم المتحدة are mentions), never typed by hand. A phrase claims its words before a
// shorter name inside it does, so آسيا inside CICA's Arabic name, or أستانا in «عملية أستانا», is counted once,
// for the longer entry.
import { wordFold, wordForms } from '../text/normalize.ts';
import type { Entity } from './schema.ts';

/** One place the article names an entity: the paragraph, and the words (by index in it) that name it. */
export interface Mention {
  paragraph: number;
  start: number;
  length: number;
}

/** The words of a paragraph as they are split for mentions and excerpts (on spaces). */
export const paragraphWords = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Whether the word `word` of a text is `name` as written, under the clitic grammar of the normaliser. */
function names(readings: readonly string[], name: string): boolean {
  return readings.includes(name);
}

/** Every mention of every entity in the paragraphs (numbered from 1), by entity id, in the article's order. */
export function findMentions(paragraphs: readonly string[], entities: readonly Entity[]): Map<string, Mention[]> {
  const found: (Mention & { id: string })[] = [];
  paragraphs.forEach((text, p) => {
    const readings = paragraphWords(text).map((w) => wordForms(w));
    for (const entity of entities) {
      for (const phrase of entity.mentions) {
        const parts = phrase.split(' ').map(wordFold);
        for (let i = 0; i + parts.length <= readings.length; i++) {
          if (parts.every((part, j) => names(readings[i + j] ?? [], part)))
            found.push({ id: entity.id, paragraph: p + 1, start: i, length: parts.length });
        }
      }
    }
  });
  // Longest first: a phrase's words are its own, and a name inside it is not counted again.
  const claimed = new Set<string>();
  const kept = found
    .sort((a, b) => b.length - a.length)
    .filter((m) => {
      const words = Array.from({ length: m.length }, (_, j) => `${m.paragraph}:${m.start + j}`);
      if (words.some((w) => claimed.has(w))) return false;
      for (const w of words) claimed.add(w);
      return true;
    })
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const byEntity = new Map<string, Mention[]>(entities.map((e) => [e.id, []]));
  for (const { id, ...mention } of kept) byEntity.get(id)?.push(mention);
  return byEntity;
}

/** A run of an excerpt: text, marked (the name) or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * The sentence of a paragraph around a mention, cut to about `size` words, with the naming words marked:
 * what an entry of the index shows for each paragraph.
 */
export function mentionExcerpt(text: string, mentions: readonly Mention[], size = 12): ExcerptPart[] {
  const words = paragraphWords(text);
  const first = mentions[0];
  if (!first) return [];
  const marked = new Set(mentions.flatMap((m) => Array.from({ length: m.length }, (_, j) => m.start + j)));
  // The sentence: back to the word after the last full stop before the mention, on to the next one.
  let from = first.start;
  while (from > 0 && !/[.؛!؟]$/.test(words[from - 1] ?? '')) from--;
  let to = first.start + first.length;
  while (to < words.length && !/[.؛!؟]$/.test(words[to - 1] ?? '')) to++;
  from = Math.max(from, first.start - Math.floor(size / 2));
  to = Math.min(to, Math.max(first.start + first.length, from + size));
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean): void => {
    const last = parts.at(-1);
    if (!text) return;
    if (last && last.marked === isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  if (from > 0) push('… ', false);
  for (let i = from; i < to; i++) {
    const word = words[i] ?? '';
    if (!marked.has(i)) push(word, false);
    else {
      // Only the letters are marked: the brackets of (CICA) and a comma after a name are not the name.
      const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word) ?? [];
      push(before, false);
      push(core, true);
      push(after, false);
    }
    // A space between two marked words belongs to the mark: one name, one mark.
    if (i < to - 1) push(' ', marked.has(i) && marked.has(i + 1));
  }
  if (to < words.length) parts.push({ text: ' …', marked: false });
  return parts;
}
