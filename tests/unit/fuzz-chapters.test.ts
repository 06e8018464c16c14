// Fuzz test of the content pipeline: seeded random edits to a copy of the chapters (paragraphs lost,
// duplicated, altered, reordered; broken frontmatter; stray page chrome) must always fail the
// fidelity check with a message naming the edited file, never pass with text lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChapters, formatProblems, type ChapterFile } from '../../src/lib/article/check.ts';
import { splitFrontmatter } from '../../src/lib/article/frontmatter.ts';
import { parseArticle, splitBlocks } from '../../src/lib/article/parse.ts';
import { readChapterFiles } from '../../src/lib/chapters/files.ts';
import { ROOT } from '../../src/tools/root.ts';

const article = parseArticle(readFileSync(join(ROOT, 'content/source/article.txt'), 'utf8'));
const real: ChapterFile[] = readChapterFiles(ROOT, 'content/chapters').chapters;

/** The same text in five chapters: the first one cut in two after its third paragraph (a valid split). */
function fiveChapters(): ChapterFile[] {
  const [first, ...rest] = real as [ChapterFile, ...ChapterFile[]];
  const { head, blocks } = explode(first.source);
  const second = head.replace(/order: \d+/, 'order: 9').replace(/title: .*/, 'title: "تاريخ العلاقات"');
  return [
    { file: first.file, source: implode(head, blocks.slice(0, 3)) },
    { file: first.file.replace(/[^/]+$/, 'history.mdx'), source: implode(second, blocks.slice(3)) },
    ...rest,
  ];
}

const CASES = 400;

/** A small seeded generator (mulberry32): the same seed gives the same edits on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Edit {
  name: string;
  /** The file that was edited: the report must name it. */
  file: string;
  files: ChapterFile[];
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** A chapter as frontmatter text and body blocks, to edit and put back together. */
function explode(source: string): { head: string; blocks: string[] } {
  const end = source.indexOf('\n---', 4) + 4;
  return { head: source.slice(0, end), blocks: splitBlocks(source.slice(end)) };
}
const implode = (head: string, blocks: string[]) => `${head}\n\n${blocks.join('\n\n')}\n`;
const isParagraph = (block: string) => !block.startsWith('## ');

/** Edits inside one paragraph: each changes its text. */
const alterations: [string, (text: string, rng: Rng) => string][] = [
  [
    'drop a word',
    (t, rng) =>
      t
        .split(' ')
        .filter((_, i, all) => i !== Math.floor(rng() * all.length) || all.length < 2)
        .join(' '),
  ],
  [
    'add a word',
    (t, rng) => {
      const w = t.split(' ');
      w.splice(Math.floor(rng() * w.length), 0, 'أيضًا');
      return w.join(' ');
    },
  ],
  [
    'swap two words',
    (t, rng) => {
      const w = t.split(' ');
      const i = Math.floor(rng() * (w.length - 1));
      [w[i], w[i + 1]] = [w[i + 1] ?? '', w[i] ?? ''];
      return w.join(' ');
    },
  ],
  [
    'change a letter',
    (t, rng) => {
      const i = Math.floor(rng() * t.length);
      return t.slice(0, i) + (t[i] === 'ا' ? 'أ' : 'ا') + t.slice(i + 1);
    },
  ],
  [
    'delete a letter',
    (t, rng) => {
      const i = Math.floor(rng() * t.length);
      return t.slice(0, i) + t.slice(i + 1);
    },
  ],
  [
    'insert a zero-width joiner',
    (t, rng) => {
      const i = 1 + Math.floor(rng() * (t.length - 1));
      return `${t.slice(0, i)}\u200d${t.slice(i)}`;
    },
  ],
  ['add diacritics', (t) => t.replace('ا', 'اً')],
  ['cut it in half', (t) => t.slice(0, Math.ceil(t.length / 2)).trim()],
  [
    'break the line',
    (t, rng) => {
      const w = t.split(' ');
      const i = 1 + Math.floor(rng() * (w.length - 1));
      return `${w.slice(0, i).join(' ')}\n${w.slice(i).join(' ')}`;
    },
  ],
  ['append a sentence', (t) => `${t} وهذا ما أكده المسؤولون.`],
  ['emphasise a word', (t) => t.replace(/(\S+)/, '**$1**')],
];

/** Page chrome and markup that must never pass as article text. */
const strays = [
  'Translate',
  'Topics',
  'Home » آسيا » زيارة أردوغان',
  'آسيا آسيا الوسطى',
  article.title,
  '## Topics',
  '<div>Translate</div>',
  "import X from './x.astro';",
  '- آسيا',
  '> اقتباس',
  '{1 + 1}',
];

/** Frontmatter breakages: each makes the file invalid. */
const frontmatterBreaks: [string, (source: string, others: ChapterFile[]) => string][] = [
  ['no closing fence', (s) => s.replace(/\n---\n/, '\n')],
  ['no opening fence', (s) => s.replace(/^---\n/, '')],
  ['unclosed quote', (s) => s.replace(/title: "([^"]*)"/, 'title: "$1')],
  ['tab indentation', (s) => s.replace(/\nsummary:/, '\n\tsummary:')],
  ['missing title', (s) => s.replace(/title: .*\n/, '')],
  ['missing order', (s) => s.replace(/order: .*\n/, '')],
  ['order is text', (s) => s.replace(/order: \d+/, 'order: "two"')],
  ['order is zero', (s) => s.replace(/order: \d+/, 'order: 0')],
  ['empty title', (s) => s.replace(/title: .*/, 'title: ""')],
  ['short description', (s) => s.replace(/description: .*/, 'description: "قصير"')],
  ['unknown field', (s) => s.replace(/^---\n/, '---\nauthor: "someone"\n')],
  [
    'order taken by another chapter',
    (s, others) => s.replace(/order: \d+/, `order: ${/order: (\d+)/.exec(others[0]?.source ?? '')?.[1]}`),
  ],
];

/** One random edit of one random chapter. */
function randomEdit(rng: Rng, chapters: ChapterFile[]): Edit {
  const index = Math.floor(rng() * chapters.length);
  const target = chapters[index] as ChapterFile;
  const others = chapters.filter((_, i) => i !== index);
  const { head, blocks } = explode(target.source);
  const paragraphs = blocks.map((b, i) => [b, i] as const).filter(([b]) => isParagraph(b));
  const [paragraph, at] = pick(rng, paragraphs);
  const replace = (source: string): ChapterFile[] => chapters.map((c, i) => (i === index ? { ...c, source } : c));
  const kind = pick(rng, [
    'delete',
    'duplicate',
    'duplicate elsewhere',
    'alter',
    'reorder',
    'split',
    'merge',
    'frontmatter',
    'stray',
    'heading',
    'empty',
  ]);
  switch (kind) {
    case 'delete':
      return {
        name: `delete paragraph ${at}`,
        file: target.file,
        files: replace(
          implode(
            head,
            blocks.filter((_, i) => i !== at),
          ),
        ),
      };
    case 'duplicate': {
      const next = [...blocks];
      next.splice(Math.floor(rng() * (next.length + 1)), 0, paragraph);
      return { name: `duplicate paragraph ${at}`, file: target.file, files: replace(implode(head, next)) };
    }
    case 'duplicate elsewhere': {
      const other = pick(rng, others);
      const parts = explode(other.source);
      parts.blocks.splice(Math.floor(rng() * (parts.blocks.length + 1)), 0, paragraph);
      const files = chapters.map((c) =>
        c.file === other.file ? { ...c, source: implode(parts.head, parts.blocks) } : c,
      );
      return { name: `copy paragraph ${at} of ${target.file}`, file: other.file, files };
    }
    case 'alter': {
      const [how, alter] = pick(rng, alterations);
      const next = blocks.map((b, i) => (i === at ? alter(b, rng) : b));
      if (next[at] === paragraph) return randomEdit(rng, chapters);
      return { name: `${how} in paragraph ${at}`, file: target.file, files: replace(implode(head, next)) };
    }
    case 'reorder': {
      if (paragraphs.length < 2) return randomEdit(rng, chapters);
      const [, j] = pick(
        rng,
        paragraphs.filter(([, i]) => i !== at),
      );
      const next = [...blocks];
      [next[at], next[j]] = [next[j] ?? '', next[at] ?? ''];
      return { name: `swap paragraphs ${at} and ${j}`, file: target.file, files: replace(implode(head, next)) };
    }
    case 'split': {
      const words = paragraph.split(' ');
      const cut = 1 + Math.floor(rng() * (words.length - 1));
      const next = blocks.flatMap((b, i) =>
        i === at ? [words.slice(0, cut).join(' '), words.slice(cut).join(' ')] : [b],
      );
      return { name: `split paragraph ${at}`, file: target.file, files: replace(implode(head, next)) };
    }
    case 'merge': {
      if (at + 1 >= blocks.length) return randomEdit(rng, chapters);
      const next = [...blocks.slice(0, at), `${paragraph} ${blocks[at + 1]}`, ...blocks.slice(at + 2)];
      return { name: `merge paragraphs ${at} and ${at + 1}`, file: target.file, files: replace(implode(head, next)) };
    }
    case 'empty':
      return { name: 'empty the chapter', file: target.file, files: replace(`${head}\n`) };
    case 'frontmatter': {
      const [how, breakIt] = pick(rng, frontmatterBreaks);
      return { name: `frontmatter: ${how}`, file: target.file, files: replace(breakIt(target.source, others)) };
    }
    case 'stray': {
      const next = [...blocks];
      next.splice(Math.floor(rng() * (next.length + 1)), 0, pick(rng, strays));
      return { name: 'stray page chrome', file: target.file, files: replace(implode(head, next)) };
    }
    default: {
      const h = blocks.findIndex((b) => !isParagraph(b));
      if (h < 0) return randomEdit(rng, chapters);
      const next = [...blocks];
      next[h] = pick(rng, [`### ${next[h]?.slice(3)}`, `${next[h]} أيضًا`, next[h]?.slice(3) ?? '']);
      return { name: 'subheading changed', file: target.file, files: replace(implode(head, next)) };
    }
  }
}

const splits = [
  ['the four chapters', real],
  ['five chapters', fiveChapters()],
] as const;

describe.each(splits)('checkChapters under random edits of %s', (_, chapters) => {
  it('passes on the chapters as they are (the fuzzer starts from a valid copy)', () => {
    expect(checkChapters(article, chapters)).toEqual([]);
    expect(splitFrontmatter(chapters[0]?.source ?? '').error).toBeUndefined();
  });

  const edits = Array.from({ length: CASES }, (_, i) => ({ seed: i + 1, ...randomEdit(random(i + 1), chapters) }));
  const kindOf = (name: string) => name.replace(/ \d+.*$|: .*$/, '');
  const kinds = [...new Set(edits.map((e) => kindOf(e.name)))].sort();

  // One test per kind of edit, so the run's count stays readable; a failure lists every failing seed.
  it.each(kinds)('every "%s" edit fails the check and names the edited file', (kind) => {
    const failures = edits
      .filter((e) => kindOf(e.name) === kind)
      .flatMap(({ seed, name, file, files }) => {
        const problems = checkChapters(article, files);
        const report = formatProblems(problems);
        if (!report) return [`seed ${seed}: ${name} in ${file}: the check passed an edited copy`];
        if (!report.includes(file))
          return [`seed ${seed}: ${name} in ${file}: the report does not name it:\n${report}`];
        if (/\n\s+at /.test(report)) return [`seed ${seed}: ${name}: the report is a stack trace`];
        // A broken frontmatter is one mistake: its text is still read, so nothing else is reported.
        if (kind === 'frontmatter' && problems.some((p) => p.kind !== 'frontmatter'))
          return [`seed ${seed}: ${name}: a frontmatter mistake cascaded:\n${report}`];
        return [];
      });
    expect(failures).toEqual([]);
  });

  it('covers every kind of edit', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(11);
    expect(edits).toHaveLength(CASES);
  });
});
