import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../src/lib/one-at-a-time.ts';

/** A run that waits until released, recording when it starts and ends. */
function gatedRuns() {
  const log: string[] = [];
  const gates: (() => void)[] = [];
  let n = 0;
  const run = async (): Promise<void> => {
    const id = ++n;
    log.push(`start ${id}`);
    await new Promise<void>((release) => gates.push(release));
    log.push(`end ${id}`);
  };
  const release = async (): Promise<void> => {
    gates.shift()?.();
    // Let the released run end and the next start.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { log, run, release };
}

describe('oneAtATime', () => {
  it('runs at once when idle', async () => {
    const { log, run, release } = gatedRuns();
    const call = oneAtATime(run);
    const done = call();
    expect(log).toEqual(['start 1']);
    await release();
    await done;
    expect(log).toEqual(['start 1', 'end 1']);
  });

  it('makes a burst of calls during a run one more run after it, and resolves them all then', async () => {
    const { log, run, release } = gatedRuns();
    const call = oneAtATime(run);
    const first = call();
    const burst = [call(), call(), call()];
    expect(burst[0]).toBe(burst[2]);
    await release();
    await first;
    expect(log).toEqual(['start 1', 'end 1', 'start 2']);
    await release();
    await Promise.all(burst);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('runs again after a run that failed, and the failure reaches only its own caller', async () => {
    let runs = 0;
    const call = oneAtATime(async () => {
      runs++;
      await Promise.resolve();
      if (runs === 1) throw new Error('no index');
    });
    const failing = call();
    const queued = call();
    await expect(failing).rejects.toThrow('no index');
    await expect(queued).resolves.toBeUndefined();
    await expect(call()).resolves.toBeUndefined();
    expect(runs).toBe(3);
  });
});
