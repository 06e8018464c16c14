// Vitest global setup of the projects that read the built sites: build every distinct site the tests read (tests/support/sites.ts)
// once per run, the way CI and a host would, before any test starts, one after another, each with its own Astro
// cache (CACHE_DIR). Each build's exit status and log go to dist-test/<name>.build.json.
// Set SKIP_BUILD=1 to reuse the builds already in dist-test/ while iterating on tests.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runAstroBuildAsync } from '../../src/tools/astro-build.ts';
import { ROOT } from '../../src/tools/root.ts';
import { buildLogFile, chaptersDir, SITES, siteDir, type BuildLog, type SiteBuild, type SiteName } from './sites.ts';

async function build(name: SiteName): Promise<void> {
  const site: SiteBuild = SITES[name];
  const out = siteDir(name);
  const env: Record<string, string> = { ...site.env, CACHE_DIR: resolve(ROOT, 'dist-test/.astro', name) };
  if (site.chapters) {
    site.chapters(chaptersDir(name));
    env.CHAPTERS_DIR = chaptersDir(name);
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(`${out}.zip`, { force: true });
  const command = site.disk ? [process.execPath, join(ROOT, 'src/cli/build-disk.ts')] : undefined;
  const started = performance.now();
  const { status, output } = await runAstroBuildAsync(out, env, command);
  // Printed so that a slow run shows where its build time went.
  console.log(`test build ${name}: exit ${status}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const log: BuildLog = { env, status, output };
  writeFileSync(buildLogFile(name), JSON.stringify(log, null, 2));
  if ((status === 0) === Boolean(site.fails)) {
    throw new Error(
      `the ${name} build ${site.fails ? 'passed but should fail' : 'failed'} (exit ${status}):\n${output}`,
    );
  }
}

async function buildAll(): Promise<void> {
  mkdirSync(resolve(ROOT, 'dist-test'), { recursive: true });
  const names = (Object.keys(SITES) as SiteName[]).filter(
    (name) => !process.env.SKIP_BUILD || !existsSync(buildLogFile(name)),
  );
  // One at a time: every build writes the project's own .astro/ folder (the content modules, which name the
  // chapters folder it read), which Astro does not let a build move; two side by side mix their chapters.
  for (const name of names) await build(name);
}

/** The builds, started once per run whichever project's setup asks first (`site` and `layout-shift` both read them). */
export default function setup(): Promise<void> {
  const run = globalThis as { siteBuilds?: Promise<void> };
  run.siteBuilds ??= buildAll();
  return run.siteBuilds;
}
