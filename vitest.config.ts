/// <reference types="vitest/config" />
// One runner for every kind of test, in two projects: `unit` (pure functions, components through the Astro
// Container API, the build's own checks) runs without building the site (`npm run test:unit`); `site` builds
// it once and tests the built files and the browser. `npm test` runs both.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A state a browser test polls for (a mark drawn, a URL changed) can take seconds on a loaded two-core machine.
    expect: { poll: { timeout: 15_000 } },
    // Browser tests share two cores with Chromium: their files run one at a time (the `site` project), so a state
    // a test waits for is not starved by another file's browser. Two workers for the `unit` project's files.
    fileParallelism: false,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
          // Pure functions and components, no browser: their files may run side by side.
          fileParallelism: true,
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
          globalSetup: ['tests/support/build-site.ts'],
        },
      },
    ],
  },
});
