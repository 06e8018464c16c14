// What each engine lacks of what the site uses, named so each journey's test says which feature is missing;
// a test checks the engine really lacks it (or has it), so the table stays true as engines change.
import type { EngineName } from '../../support/engines.ts';

export interface Feature {
  name: string;
  /** Runs in the page: whether the engine has the feature. */
  has: () => boolean;
}

const RENDER_BLOCKING_EXPECT: Feature = {
  name: '<link rel=expect blocking=render> (the header parsed before the first paint)',
  // Chromium does not list `expect` in relList, though it honours it: render blocking is what it adds.
  has: () => {
    const link = document.createElement('link');
    return 'blocking' in link && link.blocking.supports('render');
  },
};

/** The features each engine lacks today (Chromium and WebKitGTK 2.50 have them all). */
export const LACKS: Record<EngineName, Feature[]> = {
  chromium: [],
  firefox: [RENDER_BLOCKING_EXPECT],
  webkit: [],
};

export const FEATURES: Feature[] = [RENDER_BLOCKING_EXPECT];
