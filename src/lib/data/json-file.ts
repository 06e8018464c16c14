// Reading an editorial data file of content/ against its schema: a broken file is reported, never thrown, with
// the file and the line of each problem, as the chapter check reports a chapter.
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'astro/zod';

/** One thing wrong with a data file: where (file, line) and what, in words. */
export interface DataProblem {
  /** Path shown in messages, e.g. content/names.json. */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  message: string;
}

/** A value's place in a parsed file, as the schema reports it: ['events', 3, 'quote']. */
export type DataPath = readonly PropertyKey[];

/** The parsed and valid data, or the problems; `lineOf` places any later problem of a value in the file. */
interface DataFile<T> {
  data?: T;
  problems: DataProblem[];
  lineOf: (path: DataPath) => number | undefined;
}

/** A path as the messages write it: events.3.quote. */
export const pathText = (path: DataPath): string => path.map(String).join('.') || '(root)';

/** Parse `text` (the file `file`) as JSON and hold it to `schema`. */
export function readDataFile<T>(file: string, text: string, schema: z.ZodType<T>): DataFile<T> {
  const lineOf = locator(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { problems: [syntaxProblem(file, error)], lineOf };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, problems: [], lineOf };
  const problems = result.error.issues.map((issue) => {
    const line = lineOf(issue.path);
    return { file, ...(line ? { line } : {}), message: `${pathText(issue.path)}: ${issue.message}` };
  });
  return { problems, lineOf };
}

/** JSON's own words for a syntax error, at its line (V8 says "… in JSON at position 11 (line 3 column 2)"). */
function syntaxProblem(file: string, error: unknown): DataProblem {
  const text = error instanceof Error ? error.message : String(error);
  const line = /\(line (\d+) column \d+\)/.exec(text)?.[1];
  // Without the position (given as the line) and without the excerpt of the file V8 quotes for some errors.
  const reason = text.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
  return { file, ...(line ? { line: Number(line) } : {}), message: `invalid JSON: ${reason}` };
}

/**
 * Where a value of the file starts. JSON is YAML, and the YAML parser keeps every node's place; a value that
 * is missing is placed at the object that lacks it.
 */
function locator(text: string): (path: DataPath) => number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** A file's problems in the order of its lines, as a reader goes through it (those without a line first). */
export const inFileOrder = (problems: DataProblem[]): DataProblem[] =>
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

/** One readable report, a line a problem: `content/names.json:12: 0.kind: …`. */
export function formatDataProblems(problems: readonly DataProblem[]): string {
  return problems.map((p) => `${p.line ? `${p.file}:${p.line}` : p.file}: ${p.message}`).join('\n');
}
