/// <reference types="vitest/config" />
// One runner for every kind of test, in three projects: `unit` (pure functions, components through the Astro
// Container API, the build's own checks) runs without building the site (`npm run test:unit`); `site` builds it
// once and tests the built files and the browser; `layout-shift` then measures every page's first and repeat
// visits, alone. `npm test` runs all three.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A state a browser test polls for (a mark drawn, a URL changed) can take seconds on a loaded two-core machine.
    expect: { poll: { timeout: 15_000 } },
    // Two files at a time, one per core; the layout-shift files one at a time, alone (their project).
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // One module cache per worker for the project's files (none stubs a module or leaves a spy behind):
          // 4-5 s, not 7.
          isolate: false,
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: [
            'tests/dist/**/*.test.ts',
            'tests/browser/**/*.test.ts',
            'tests/hosts/**/*.test.ts',
            'tests/engines/**/*.test.ts',
          ],
          exclude: ['tests/browser/layout-shift*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          // One module cache per worker for all its files, not one a file: playwright-core and the harness are
          // loaded once a worker, not once a file (about 0.2 s a file here), and its files share one Chromium per
          // environment, each closing the profiles it opened (tests/support/site-session.ts).
          isolate: false,
          // Projects of different worker counts run one after another: unit, then site, then layout-shift.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'layout-shift',
          include: ['tests/browser/layout-shift*.test.ts'],
          fileParallelism: false,
          isolate: false,
          globalSetup: ['tests/support/build-site.ts'],
          // The repeat visits must draw the cached webfont within font-display: optional's 100 ms block period, a
          // window that another file's browser on the other core can make them miss; the first visits keep both
          // cores busy on their own (three visits side by side). So the two files run one after the other, alone,
          // last.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
