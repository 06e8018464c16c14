// Splits an MDX chapter into its YAML frontmatter and body, so that a broken frontmatter is reported alone
// (with its line in the file) while the body is still checked: one mistake, one message.
import { parse as parseYaml, YAMLParseError } from 'yaml';

export interface SplitChapter {
  /** The parsed frontmatter, or undefined when it could not be read (see `error`). */
  data: unknown;
  /** What is wrong with the frontmatter, in words, with the 1-based line of the file it is on. */
  error?: { line: number; message: string };
  body: string;
  /** 1-based line in the file where the body starts, for messages about its paragraphs. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Split `---\nyaml\n---\nbody`. Never throws: a missing fence or bad YAML comes back as `error`. */
export function splitFrontmatter(source: string): SplitChapter {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const rest = (from: number): string => lines.slice(from).join('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    // Without an opening fence, a later `---` line is taken as the end of the frontmatter, else all is body.
    const close = lines.findIndex((line) => FENCE.test(line));
    return {
      data: undefined,
      error: { line: 1, message: 'frontmatter: the file must start with a `---` line that opens the frontmatter' },
      body: rest(close + 1),
      bodyLine: close + 2,
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    // Without a closing fence, the first blank line is taken as the end of the frontmatter.
    const blank = lines.findIndex((line, i) => i > 0 && line.trim() === '');
    const end = blank === -1 ? lines.length : blank;
    return {
      data: undefined,
      error: { line: end, message: 'frontmatter: no closing `---` line after the frontmatter' },
      body: rest(end),
      bodyLine: end + 1,
    };
  }
  const yaml = lines.slice(1, close).join('\n');
  const split = { body: rest(close + 1), bodyLine: close + 2 };
  try {
    return { data: parseYaml(yaml), ...split };
  } catch (error) {
    return { data: undefined, error: describeYamlError(error, yaml.split('\n')), ...split };
  }
}

/** A YAML error in words, at its line in the file (the frontmatter's first line is the file's second). */
function describeYamlError(error: unknown, yaml: readonly string[]): { line: number; message: string } {
  if (!(error instanceof YAMLParseError)) return { line: 1, message: `frontmatter: invalid YAML (${String(error)})` };
  let line = error.linePos?.[0].line ?? 1;
  // The parser's own words, without its position and code frame ("… at line 4, column 1:\n\n…").
  let reason = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
  if (error.code === 'MISSING_CHAR' && /quote/.test(reason)) {
    // The parser notices at the end of the block; the mistake is on the line where the quote opens.
    const open = yaml.findIndex((text) => (text.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1);
    if (open !== -1) line = open + 1;
    reason = 'a quoted value is not closed: add the closing " at the end of the value';
  } else if (error.code === 'TAB_AS_INDENT') {
    reason = 'a tab indents this line: YAML allows only spaces';
  } else if (error.code === 'DUPLICATE_KEY') {
    reason = 'this field is given twice';
  }
  const text = yaml[line - 1]?.trim();
  return {
    line: line + 1,
    message: `frontmatter: invalid YAML: ${reason}${text ? ` (line: ${JSON.stringify(text)})` : ''}`,
  };
}
