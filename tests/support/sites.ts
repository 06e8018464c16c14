// Every distinct site the tests read, built once per run by tests/support/build-site.ts (Vitest's global setup
// of the `site` project) into dist-test/<name>/, before any test starts. A test names the site it needs and
// reads it from here; none builds on its own.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../../src/tools/root.ts';

export const TEST_SITE_URL = 'https://example.org';
/** The subpath the subpath builds are made for and served under. */
export const SUBPATH = '/microsite/';
/** The chapter the second subpath deploy retitles (frontmatter is editorial, the check allows it). */
export const OLD_TITLE = 'قمة مؤتمر التفاعل وإجراءات بناء الثقة في آسيا';
export const NEW_TITLE = 'قمة سيكا في أستانا: طبعة منقحة';

export interface SiteBuild {
  /** The environment `astro build` runs with (OUT_DIR aside). */
  env: Record<string, string>;
  /** `npm run build:disk` (the disk edition and its zip) rather than `astro build`. */
  disk?: boolean;
  /** The build must fail (a broken chapter): its exit status and log are what the tests read. */
  fails?: boolean;
  /** Writes the chapters folder the build reads (CHAPTERS_DIR), before it starts. */
  chapters?: (dir: string) => void;
}

/** A copy of the chapters with one file put in place of the real one. */
const chaptersWith =
  (edit: (dir: string) => void) =>
  (dir: string): void => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(ROOT, 'content/chapters'), dir, { recursive: true });
    edit(dir);
  };
const brokenChapter = (fixture: string): SiteBuild => ({
  env: {},
  fails: true,
  chapters: chaptersWith((dir) => cpSync(join(ROOT, 'tests/fixtures/chapters', fixture), join(dir, 'cica.mdx'))),
});

export const SITES = {
  /** At the root path with a site URL, as most hosts would serve it. */
  root: { env: { SITE_URL: TEST_SITE_URL } },
  /** Under a subpath. */
  subpath: { env: { SITE_URL: TEST_SITE_URL, BASE_PATH: SUBPATH } },
  /** The same subpath, a second deploy: one chapter retitled. */
  'subpath-v2': {
    env: { SITE_URL: TEST_SITE_URL, BASE_PATH: SUBPATH },
    chapters: chaptersWith((dir) => {
      const cica = join(dir, 'cica.mdx');
      writeFileSync(cica, readFileSync(cica, 'utf8').replace(`title: "${OLD_TITLE}"`, `title: "${NEW_TITLE}"`));
    }),
  },
  /** `npm run build:disk`: the disk edition, read as files, with its zip beside it (dist-test/disk.zip). */
  disk: { env: { SITE_URL: TEST_SITE_URL }, disk: true },
  /** `npm run build` as the README gives it: no SITE_URL, and none of the test runner's environment. */
  'no-site-url': { env: { SITE_URL: '', NODE_ENV: '', NO_COLOR: '1' } },
  'broken-altered': brokenChapter('cica.altered.mdx'),
  'broken-invalid-frontmatter': brokenChapter('cica.invalid-frontmatter.mdx'),
  'broken-bad-yaml': brokenChapter('cica.bad-yaml.mdx'),
} satisfies Record<string, SiteBuild>;

export type SiteName = keyof typeof SITES;

/** Where a site is built. */
export const siteDir = (name: SiteName): string => resolve(ROOT, 'dist-test', name);
/** The chapters folder a site reads, when it has its own. */
export const chaptersDir = (name: SiteName): string => resolve(ROOT, 'dist-test/chapters', name);
/** What the build of a site left: its exit status and everything it printed. */
export const buildLogFile = (name: SiteName): string => resolve(ROOT, 'dist-test', `${name}.build.json`);

export interface BuildLog {
  env: Record<string, string>;
  status: number | null;
  output: string;
}

export function buildLog(name: SiteName): BuildLog {
  return JSON.parse(readFileSync(buildLogFile(name), 'utf8')) as BuildLog;
}
