// The pages that explain the article rather than tell it, by their folder: linked from the menu and the home
// page, listed in the sitemap, kept out of the search index, and held to their own size budget.
import { pagePath } from './urls.ts';

export const EXPLAINERS = ['names', 'timeline', 'map'] as const;

/** Whether a built file (relative path) is one of them. */
export const isExplainer = (file: string): boolean => EXPLAINERS.some((name) => pagePath(file) === `${name}/`);
