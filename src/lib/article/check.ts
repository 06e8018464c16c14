// Proves that the chapters hold the article: every paragraph exactly once, unchanged, in the article's order
// within each chapter, and nothing else as article text. The build, the dev server, the tests and the fuzz test
// call this same code. Each mistake is reported once, against the file (and line) where it was made.
import { chapterBlocks } from '../chapters/blocks.ts';
import { chapterSchema } from '../chapters/schema.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { Article } from './parse.ts';

export interface ChapterFile {
  /** Path shown in messages, e.g. content/chapters/cica.mdx. */
  file: string;
  source: string;
}

export interface Problem {
  file: string;
  /** Other files the problem may be in, when it cannot tell which (a paragraph missing between two chapters). */
  alsoIn?: string[];
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** `text`: the chapters do not hold the article; `frontmatter`: the editorial fields; `file`: the file itself. */
  kind: 'text' | 'frontmatter' | 'file';
  message: string;
}

/** The rule the check enforces, said in the README and under a report of text problems. */
export const CHAPTER_RULE =
  'Together the chapters hold every paragraph and subheading of the article exactly once, unchanged, and nothing else. ' +
  'The split is by topic, so a chapter may take any of the paragraphs, but within one chapter they keep the ' +
  "article's order, and every chapter holds at least one paragraph.";

interface Placed {
  file: string;
  line: number;
  kind: 'paragraph' | 'heading';
  text: string;
  /** Its number in the article (1-based), undefined when the article has no such text. */
  number: number | undefined;
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

/** Read one chapter's body into article blocks; anything that is not plain text or `## ` is a problem. */
function readBlocks(article: Article, file: string, body: string, bodyLine: number, problems: Problem[]): Placed[] {
  const placed: Placed[] = [];
  for (const { kind, text, line, number } of chapterBlocks(article, body, bodyLine)) {
    if (kind === 'chrome') {
      problems.push({ file, line, kind: 'text', message: `page chrome ${firstWords(text)} is not article text` });
    } else if (kind === 'markup') {
      problems.push({
        file,
        line,
        kind: 'text',
        message: `text that is not an article paragraph: ${firstWords(text)}`,
      });
    } else {
      placed.push({ file, line, kind, text, number });
    }
  }
  return placed;
}

/** The frontmatter's problems; a valid `order` is recorded so two chapters cannot share one. */
function checkFrontmatter(file: string, data: unknown, orders: Map<number, string>, problems: Problem[]): void {
  const result = chapterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || '(root)';
      problems.push({ file, kind: 'frontmatter', message: `frontmatter: ${field}: ${issue.message}` });
    }
    return;
  }
  const other = orders.get(result.data.order);
  if (other) {
    problems.push({
      file,
      kind: 'frontmatter',
      message: `frontmatter: order ${result.data.order} is also used by ${other}`,
    });
  }
  orders.set(result.data.order, file);
}

/** Check every chapter file against the parsed article; returns problems, empty when all is well. */
export function checkChapters(article: Article, files: ChapterFile[]): Problem[] {
  const problems: Problem[] = [];
  const placed: Placed[] = [];
  const orders = new Map<number, string>();
  const empty: string[] = [];

  for (const { file, source } of files) {
    const split = splitFrontmatter(source);
    if (split.error) problems.push({ file, kind: 'frontmatter', ...split.error });
    else checkFrontmatter(file, split.data, orders, problems);
    // The body is checked even under a broken frontmatter, so its paragraphs are not reported missing.
    const blocks = readBlocks(article, file, split.body, split.bodyLine, problems);
    if (!blocks.some((b) => b.kind === 'paragraph')) {
      empty.push(file);
      problems.push({
        file,
        kind: 'text',
        message:
          'holds no paragraph of the article: a chapter publishes article text, so give it paragraphs or delete the file',
      });
    }
    placed.push(...blocks);
  }

  const kinds = [
    ['paragraph', article.paragraphs],
    ['subheading', article.headings],
  ] as const;
  for (const [noun, expected] of kinds) {
    const found = placed.filter((p) => p.kind === (noun === 'paragraph' ? 'paragraph' : 'heading'));
    checkKind(expected, found, noun, problems, { files, empty });
  }
  // One file's problems together, in the order of its lines.
  const order = new Map(files.map((f, i) => [f.file, i]));
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (order.get(a.p.file) ?? -1) - (order.get(b.p.file) ?? -1) || a.i - b.i)
    .map(({ p }) => p);
}

function checkKind(
  expected: readonly string[],
  found: Placed[],
  noun: 'paragraph' | 'subheading',
  problems: Problem[],
  context: { files: ChapterFile[]; empty: string[] },
): void {
  const seen = new Map<number, string>();
  const unmatched: Placed[] = [];
  const lastInFile = new Map<string, number>();

  for (const item of found) {
    const i = item.number === undefined ? undefined : item.number - 1;
    if (i === undefined) {
      unmatched.push(item);
      continue;
    }
    const { file, line } = item;
    const where = seen.get(i);
    if (where) {
      const message = `${noun} ${i + 1} ${firstWords(item.text)} appears more than once (also in ${where})`;
      problems.push({ file, line, kind: 'text', message });
      continue;
    }
    seen.set(i, file);
    const last = lastInFile.get(file);
    if (last !== undefined && i < last) {
      problems.push({
        file,
        line,
        kind: 'text',
        message: `${noun} ${i + 1} ${firstWords(item.text)} is out of the article's order: in one chapter the article's order holds, and here it comes after ${noun} ${last + 1}`,
      });
    }
    lastInFile.set(file, Math.max(last ?? -1, i));
  }

  const missing = expected.map((_, i) => i).filter((i) => !seen.has(i));
  for (const item of unmatched) {
    let best = -1;
    let bestScore = 0;
    for (const i of missing) {
      const score = similarity(item.text, expected[i] ?? '');
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    const { file, line } = item;
    if (best >= 0 && bestScore >= 0.5) {
      missing.splice(missing.indexOf(best), 1);
      const change = describeChange(expected[best] ?? '', item.text);
      problems.push({
        file,
        line,
        kind: 'text',
        message: `${noun} ${best + 1} ${firstWords(expected[best] ?? '')} was altered: ${change}`,
      });
    } else {
      problems.push({ file, line, kind: 'text', message: `text that is not in the article: ${firstWords(item.text)}` });
    }
  }
  for (const i of missing) problems.push(missingProblem(i, expected, noun, seen, context));
}

/**
 * A missing paragraph, reported against the chapter it was taken from: the file of its neighbours in the article
 * (the nearest ones still found) when they agree; else both, and any chapter left with no paragraph at all.
 */
function missingProblem(
  i: number,
  expected: readonly string[],
  noun: string,
  seen: ReadonlyMap<number, string>,
  { files, empty }: { files: ChapterFile[]; empty: string[] },
): Problem {
  let before = i - 1;
  while (before >= 0 && !seen.has(before)) before--;
  let after = i + 1;
  while (after < expected.length && !seen.has(after)) after++;
  const beforeFile = seen.get(before);
  const afterFile = seen.get(after);
  const neighbours = beforeFile && afterFile && beforeFile === afterFile ? [beforeFile] : [beforeFile, afterFile];
  const candidates = [...new Set([...empty, ...neighbours].filter((f): f is string => Boolean(f)))];
  const [file = files[0]?.file ?? '(no chapter files)', ...alsoIn] = candidates;
  const where = [
    beforeFile && `after ${noun} ${before + 1} in ${beforeFile}`,
    afterFile && `before ${noun} ${after + 1} in ${afterFile}`,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    file,
    ...(alsoIn.length ? { alsoIn } : {}),
    kind: 'text',
    message: `${noun} ${i + 1} ${firstWords(expected[i] ?? '')} is missing from the chapters${where ? ` (it belongs ${where})` : ''}`,
  };
}

/** Say where two texts first differ, so an altered paragraph can be found by eye. */
function describeChange(expected: string, actual: string): string {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const context = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 12), at + 12));
  return `first difference at character ${at + 1}: expected ${context(expected)}, found ${context(actual)}`;
}

/** `file:line` (or `file or other`) for the start of a message line, as editors and terminals link it. */
function problemPlace(p: Problem): string {
  const place = p.line ? `${p.file}:${p.line}` : p.file;
  return p.alsoIn?.length ? `${place} (or ${p.alsoIn.join(' or ')})` : place;
}

/** One readable report, a line a problem, for the build and the tests. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${problemPlace(p)}: ${p.message}`).join('\n');
}

/**
 * The report under one heading: "do not match" only when article text is wrong; frontmatter and file problems
 * alone are just that. The rule is said whenever the text is wrong.
 */
export function reportProblems(problems: Problem[], source: string): string {
  const text = problems.some((p) => p.kind === 'text');
  const heading = text ? `The chapters do not match ${source}:` : 'The chapter files have errors:';
  const rule = text ? `\nThe rule: ${CHAPTER_RULE}` : '';
  return `${heading}\n${formatProblems(problems)}${rule}`;
}
