// Reading order of the chapters and the neighbours of each, for cards, navigation and prev/next links.

export interface Ordered {
  id: string;
  data: { order: number };
}

/** Chapters in reading order (frontmatter `order`, then id so ties are stable). */
export function sortChapters<T extends Ordered>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The chapter before and after `id` in reading order; undefined at either end. */
export function neighbours<T extends Ordered>(
  chapters: readonly T[],
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const sorted = sortChapters(chapters);
  const at = sorted.findIndex((c) => c.id === id);
  if (at === -1) throw new Error(`neighbours: no chapter with id "${id}"`);
  return { prev: sorted[at - 1], next: sorted[at + 1] };
}
