// Splits an MDX chapter into its YAML frontmatter and body, with errors a person can act on.
import { parse as parseYaml } from 'yaml';

export interface SplitChapter {
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts, for error messages. */
  bodyLine: number;
}

/** Split `---\nyaml\n---\nbody`; throws an Error whose message says what is wrong. */
export function splitFrontmatter(source: string): SplitChapter {
  const text = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) throw new Error('frontmatter: the file must start with a `---` block and close it with `---`');
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`frontmatter: invalid YAML (${reason})`, { cause: error });
  }
  const head = match[0];
  return { data, body: text.slice(head.length), bodyLine: head.split('\n').length };
}
