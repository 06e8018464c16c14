// Reads the article as it was taken from the web page into its parts, and drops the page chrome.

/** One block of article text, in the article's order. */
interface ArticleBlock {
  kind: 'paragraph' | 'heading';
  text: string;
  /** 1-based position among blocks of the same kind; paragraphs use it for their stable ids. */
  number: number;
}

export interface Article {
  title: string;
  categories: string[];
  blocks: ArticleBlock[];
  paragraphs: string[];
  headings: string[];
}

/** Lines that belong to the web page around the article, not to the article. */
const CHROME_LINES = new Set(['Translate', 'Topics']);
const BREADCRUMB = /^Home\s+»\s+/;

/** True for a line of the web page around the article: breadcrumb, Translate, Topics. */
export function isPageChrome(line: string): boolean {
  return BREADCRUMB.test(line.trim()) || CHROME_LINES.has(line.trim());
}

/** A short line without sentence punctuation that stands between paragraphs is a subheading. */
export function isSubheading(line: string): boolean {
  return line.length <= 60 && !/[.؟?!:؛،,]\s*$/.test(line) && !/[.،]/.test(line);
}

/** A block of text and the 1-based line it starts on. */
export interface Block {
  text: string;
  line: number;
}

/**
 * Split text into blocks: runs of non-blank lines, trimmed, each with its line (counted from `firstLine`). The one
 * block split: the article's source and every chapter's body (lib/chapters/blocks.ts) are read with it.
 */
export function blocksWithLines(text: string, firstLine = 1): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let start = 0;
  const end = () => {
    const block = current.join('\n').trim();
    if (block) blocks.push({ text: block, line: start });
    current = [];
  };
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return end();
      if (!current.length) start = firstLine + i;
      current.push(line);
    });
  end();
  return blocks;
}

/** The blocks' texts alone. */
export function splitBlocks(text: string): string[] {
  return blocksWithLines(text).map((block) => block.text);
}

/** Parse the source article: breadcrumb and category line first, then title, then the text. */
export function parseArticle(source: string): Article {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const breadcrumbIndex = lines.findIndex((line) => BREADCRUMB.test(line));
  if (breadcrumbIndex === -1) throw new Error('article: the breadcrumb line «Home » …» was not found');
  const categoryLine = lines[breadcrumbIndex + 1]?.trim() ?? '';
  const categories = categoryLine ? [...new Set(categoryLine.split(/\s+(?=\S)/).reduce(groupCategories, []))] : [];
  const rest = splitBlocks(lines.slice(breadcrumbIndex + 2).join('\n')).filter((block) => !CHROME_LINES.has(block));
  const [title, ...body] = rest;
  if (!title) throw new Error('article: no title after the category line');
  const blocks: ArticleBlock[] = [];
  let paragraphs = 0;
  let headings = 0;
  for (const text of body) {
    if (isSubheading(text)) blocks.push({ kind: 'heading', text, number: ++headings });
    else blocks.push({ kind: 'paragraph', text, number: ++paragraphs });
  }
  return {
    title,
    categories,
    blocks,
    paragraphs: blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
    headings: blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
  };
}

/**
 * The category line is a list of category names separated by spaces, where a name may itself be
 * two words (آسيا الوسطى). A word that only qualifies the previous one (الوسطى, adjectives with ال)
 * joins it.
 */
function groupCategories(acc: string[], word: string): string[] {
  const previous = acc.at(-1);
  if (previous && /^ال/.test(word) && !/^ال/.test(previous)) acc[acc.length - 1] = `${previous} ${word}`;
  else acc.push(word);
  return acc;
}
