// `astro dev` as a maintainer runs it, on a copy of the chapters a test may edit: started on a free port,
// its log collected, stopped after the test file.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/tools/root.ts';
import { freePort } from './free-port.ts';

export interface DevServer {
  url: string;
  /** The copy of content/chapters the server reads (CHAPTERS_DIR). */
  chapters: string;
  /** Everything the server has printed so far. */
  log(): string;
  /** Wait until the log has a line matching `pattern` printed after `from` characters of it. */
  waitFor(pattern: RegExp, from?: number, timeout?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Start the dev server; resolves when it has indexed the chapters for search (or said why not). */
export async function startDevServer(): Promise<DevServer> {
  const chapters = mkdtempSync(join(tmpdir(), 'dev-chapters-'));
  cpSync(join(ROOT, 'content/chapters'), chapters, { recursive: true });
  // Astro's content store keeps an entry whose digest is unchanged even when its file is now in another folder, and
  // clears itself only when the config changed: a second run on the same port would serve the last run's copy,
  // deleted since ("Cannot find module …/dev-chapters-…"). A store is a cache; the server writes it again.
  rmSync(join(ROOT, '.astro/data-store.json'), { force: true });
  const port = await freePort();
  let output = '';
  // As a maintainer's shell has it: not the test runner's NODE_ENV=test and VITEST_* variables.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(key)));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
    { cwd: ROOT, env: { ...env, CHAPTERS_DIR: chapters, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Looked for again on each chunk of output (after the listeners above have added it) and when the server exits.
  const waitFor = (pattern: RegExp, from = 0, timeout = 60_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const finish = (error?: Error): void => {
        clearTimeout(deadline);
        for (const stream of [child.stdout, child.stderr]) stream?.off('data', look);
        child.off('exit', look);
        if (error) reject(error);
        else resolve();
      };
      function look(): void {
        if (pattern.test(output.slice(from))) finish();
        else if (child.exitCode !== null) finish(new Error(`astro dev exited (${child.exitCode}):\n${output}`));
      }
      const deadline = setTimeout(() => finish(new Error(`astro dev never printed ${pattern}:\n${output}`)), timeout);
      for (const stream of [child.stdout, child.stderr]) stream?.on('data', look);
      child.on('exit', look);
      look();
    });
  const server: DevServer = {
    url: `http://localhost:${port}/`,
    chapters,
    log: () => output,
    waitFor,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(chapters, { recursive: true, force: true });
    },
  };
  await waitFor(/search: indexed|search is unavailable/);
  return server;
}
