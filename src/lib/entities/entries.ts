// The index of names as a reader sees it: the entities grouped by kind (people, places, bodies), each group in
// Arabic alphabetical order, each entry with every paragraph that names it and the sentence there, the name
// marked. Pure: the page (pages/names.astro) only draws it.
import { findMentions, mentionExcerpt, paragraphWords, type ExcerptPart, type Mention } from './mentions.ts';
import type { Entity, EntityKind } from './schema.ts';

/** A paragraph that names an entry: its number, the words that name it there (as written), the excerpt. */
interface EntryParagraph {
  paragraph: number;
  words: string[];
  excerpt: ExcerptPart[];
}

export interface Entry {
  entity: Entity;
  paragraphs: EntryParagraph[];
}

/** The kinds in the order the page shows them. */
export const KINDS: readonly EntityKind[] = ['person', 'place', 'body'];

const collator = new Intl.Collator('ar');

/** The punctuation stuck to a word (‎(CICA)‎ -> CICA), which the highlight on landing would not find. */
const bare = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The entries of each kind, sorted by the name as the article writes it. */
export function indexEntries(
  paragraphs: readonly string[],
  entities: readonly Entity[],
): { kind: EntityKind; entries: Entry[] }[] {
  const mentions = findMentions(paragraphs, entities);
  const entryOf = (entity: Entity): Entry => {
    const byParagraph = new Map<number, Mention[]>();
    for (const m of mentions.get(entity.id) ?? [])
      byParagraph.set(m.paragraph, [...(byParagraph.get(m.paragraph) ?? []), m]);
    return {
      entity,
      paragraphs: [...byParagraph].map(([paragraph, ms]) => {
        const text = paragraphs[paragraph - 1] ?? '';
        const words = paragraphWords(text);
        const named = ms.flatMap((m) => words.slice(m.start, m.start + m.length).map(bare));
        return { paragraph, words: [...new Set(named)].filter(Boolean), excerpt: mentionExcerpt(text, ms) };
      }),
    };
  };
  return KINDS.map((kind) => ({
    kind,
    entries: entities
      .filter((e) => e.kind === kind)
      .map(entryOf)
      .sort((a, b) => collator.compare(a.entity.name, b.entity.name)),
  }));
}
