// The closing line CI reads counts a suite that failed to start as failed (its tests are only skipped).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/tools/root.ts';
import { chromiumPath } from '../../src/tools/browser.ts';

describe('the summary reporter', () => {
  it('counts a suite whose beforeAll threw as one failure', () => {
    const dir = join(ROOT, 'tests/fixtures/reporter');
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('1 passed, 1 failed, 2 skipped');
  }, 60_000);
});

describe('a missing browser', () => {
  it('says how to install one or where to point CHROMIUM_PATH', () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    try {
      expect(() => chromiumPath()).toThrow(
        /Chromium not found at \/nowhere\/chromium\. Install Debian's \(`apt-get install chromium`.*set CHROMIUM_PATH/,
      );
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
