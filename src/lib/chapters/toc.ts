// The table of contents of a chapter, from the headings its rendered MDX reports.

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Nest h2/h3 headings; deeper or shallower ones are left out. Empty when the chapter has none. */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const item: TocItem = { slug: h.slug, text: h.text, children: [] };
    const parent = toc.at(-1);
    if (h.depth > minDepth && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}
