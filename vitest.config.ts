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
    // Browser tests share two cores with Chromium; running files one at a time keeps timings honest.
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'] } },
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
