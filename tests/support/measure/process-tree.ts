// One command measured as a whole process tree, for build benchmarks: wall time, CPU time (user + system of
// the command and every child it waited for, from /usr/bin/time) and peak memory (the largest sum of the
// resident memory of the command and all its descendants, sampled from /proc every 50 ms).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TreeCost {
  wallSeconds: number;
  cpuSeconds: number;
  peakBytes: number;
}

/** Parent pid of every live process, from /proc. */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while being read.
    }
  }
  return children;
}

/** Resident bytes of `pid` and all its descendants now. */
function treeRss(pid: number): number {
  const children = parents();
  let bytes = 0;
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop() ?? 0;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${current}/status`, 'utf8'))?.[1];
      bytes += Number(rss ?? 0) * 1024;
    } catch {
      // Ended.
    }
    queue.push(...(children.get(current) ?? []));
  }
  return bytes;
}

/** Run `command` in `cwd` with `env`, its output kept (shown if it fails), and measure it. */
export function measureTree(command: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<TreeCost> {
  const times = join(tmpdir(), `tree-time-${process.pid}-${Date.now()}.txt`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', times, ...command], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    let peakBytes = 0;
    const sample = () => (peakBytes = Math.max(peakBytes, treeRss(child.pid ?? 0)));
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      if (status !== 0)
        return reject(new Error(`${command.join(' ')} failed (exit ${status}):\n${output.slice(-4000)}`));
      const [user = 0, system = 0] = readFileSync(times, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
      rmSync(times, { force: true });
      resolve({ wallSeconds, cpuSeconds: user + system, peakBytes });
    });
  });
}
