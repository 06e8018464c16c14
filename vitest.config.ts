/// <reference types="vitest/config" />
// One runner for every kind of test: unit, components (Astro Container API), the built site, the browser.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build-site.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests share two cores with Chromium; running files one at a time keeps timings honest.
    fileParallelism: false,
  },
});
