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

/** The most chapters a navigation list shows; with more, it shows those around the current one. */
export const NAV_MAX = 25;

/**
 * The chapters a navigation list shows: all of them when there are few; else `max` around the current one
 * (or from the first), so every page's HTML stays the same size however many chapters there are.
 */
export function navWindow<T extends { id: string }>(
  sorted: readonly T[],
  current: string | undefined,
  max = NAV_MAX,
): { shown: T[]; hidden: number } {
  if (sorted.length <= max) return { shown: [...sorted], hidden: 0 };
  const at = Math.max(
    0,
    sorted.findIndex((c) => c.id === current),
  );
  const start = Math.min(Math.max(0, at - Math.floor(max / 2)), sorted.length - max);
  return { shown: sorted.slice(start, start + max), hidden: sorted.length - max };
}
