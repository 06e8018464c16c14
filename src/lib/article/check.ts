// Proves that the chapters hold the article: every paragraph exactly once, unchanged, in order,
// and nothing else as article text. The build, the tests and the fuzz test call this same code.
import { chapterSchema } from '../chapters/schema.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { isPageChrome, splitBlocks, type Article } from './parse.ts';

export interface ChapterFile {
  /** Path shown in messages, e.g. content/chapters/cica.mdx. */
  file: string;
  source: string;
}

export interface Problem {
  file: string;
  message: string;
}

interface Placed {
  file: string;
  kind: 'paragraph' | 'heading';
  text: string;
}

/** The first words of a text, to name a paragraph in a message. */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return `«${words.slice(0, count).join(' ')}${words.length > count ? '…' : ''}»`;
}

/** Share of words two texts have in common; used to tell an altered paragraph from stray text. */
function similarity(a: string, b: string): number {
  const wa = new Set(a.split(/\s+/));
  const wb = new Set(b.split(/\s+/));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size, 1);
}

const HEADING = /^##\s+(.+)$/;

/** Read one chapter's body into article blocks; anything that is not plain text or `## ` is a problem. */
function readBlocks(file: string, body: string, problems: Problem[]): Placed[] {
  const placed: Placed[] = [];
  for (const block of splitBlocks(body)) {
    const heading = HEADING.exec(block);
    if (isPageChrome(block)) {
      problems.push({ file, message: `page chrome ${firstWords(block)} is not article text` });
    } else if (heading?.[1] && !block.includes('\n')) {
      placed.push({ file, kind: 'heading', text: heading[1].trim() });
    } else if (/^(import|export)\s|^[<{#>\-*|`]/.test(block)) {
      problems.push({ file, message: `text that is not an article paragraph: ${firstWords(block)}` });
    } else {
      placed.push({ file, kind: 'paragraph', text: block });
    }
  }
  return placed;
}

/** Check every chapter file against the parsed article; returns problems, empty when all is well. */
export function checkChapters(article: Article, files: ChapterFile[]): Problem[] {
  const problems: Problem[] = [];
  const placed: Placed[] = [];
  const orders = new Map<number, string>();

  for (const { file, source } of files) {
    let body: string;
    try {
      const split = splitFrontmatter(source);
      body = split.body;
      const result = chapterSchema.safeParse(split.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const field = issue.path.join('.') || '(root)';
          problems.push({ file, message: `frontmatter: ${field}: ${issue.message}` });
        }
      } else {
        const other = orders.get(result.data.order);
        if (other) problems.push({ file, message: `frontmatter: order ${result.data.order} is also used by ${other}` });
        orders.set(result.data.order, file);
      }
    } catch (error) {
      problems.push({ file, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    placed.push(...readBlocks(file, body, problems));
  }

  checkKind(
    article.paragraphs,
    placed.filter((p) => p.kind === 'paragraph'),
    'paragraph',
    problems,
    files,
  );
  checkKind(
    article.headings,
    placed.filter((p) => p.kind === 'heading'),
    'subheading',
    problems,
    files,
  );
  return problems;
}

function checkKind(
  expected: readonly string[],
  found: Placed[],
  noun: 'paragraph' | 'subheading',
  problems: Problem[],
  files: ChapterFile[],
): void {
  const index = new Map(expected.map((text, i) => [text, i]));
  const seen = new Map<number, string>();
  const unmatched: Placed[] = [];
  const lastInFile = new Map<string, number>();

  for (const item of found) {
    const i = index.get(item.text);
    if (i === undefined) {
      unmatched.push(item);
      continue;
    }
    const where = seen.get(i);
    if (where) {
      problems.push({
        file: item.file,
        message: `${noun} ${i + 1} ${firstWords(item.text)} appears more than once (also in ${where})`,
      });
      continue;
    }
    seen.set(i, item.file);
    const last = lastInFile.get(item.file);
    if (last !== undefined && i < last) {
      problems.push({
        file: item.file,
        message: `${noun} ${i + 1} ${firstWords(item.text)} is out of the article's order (it comes before ${noun} ${last + 1})`,
      });
    }
    lastInFile.set(item.file, Math.max(last ?? -1, i));
  }

  const missing = expected.map((_, i) => i).filter((i) => !seen.has(i));
  for (const item of unmatched) {
    let best = -1;
    let bestScore = 0;
    for (const i of missing) {
      const score = similarity(item.text, expected[i] ?? '');
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    if (best >= 0 && bestScore >= 0.5) {
      missing.splice(missing.indexOf(best), 1);
      problems.push({
        file: item.file,
        message: `${noun} ${best + 1} ${firstWords(expected[best] ?? '')} was altered: ${describeChange(expected[best] ?? '', item.text)}`,
      });
    } else {
      problems.push({ file: item.file, message: `text that is not in the article: ${firstWords(item.text)}` });
    }
  }
  for (const i of missing) {
    // Name the file that should hold it: one holding a neighbour (the next first), else the first chapter.
    const before = seen.get(i - 1);
    const after = seen.get(i + 1);
    const file = after ?? before ?? files[0]?.file ?? '(no chapter files)';
    const where = [before && `after ${noun} ${i} in ${before}`, after && `before ${noun} ${i + 2} in ${after}`]
      .filter(Boolean)
      .join(', ');
    problems.push({
      file,
      message: `${noun} ${i + 1} ${firstWords(expected[i] ?? '')} is missing from the chapters${where ? ` (it belongs ${where})` : ''}`,
    });
  }
}

/** Say where two texts first differ, so an altered paragraph can be found by eye. */
function describeChange(expected: string, actual: string): string {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const context = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 12), at + 12));
  return `first difference at character ${at + 1}: expected ${context(expected)}, found ${context(actual)}`;
}

/** One readable report, a line a problem, for the build and the tests. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.message}`).join('\n');
}
