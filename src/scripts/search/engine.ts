// Pagefind's engine with the site's search over it. pagefind.js searches in its own worker
// (pagefind-worker.js) and fetches only the index chunks a query needs; it finds them next to itself, so
// one build works under any base path.
import * as pagefind from 'pagefind:engine';
import { searchUi } from '../../i18n/ui.ts';
import { siteSearch } from './wrap.ts';

// Started as soon as the search code runs: the worker and the index load while the reader types.
void pagefind.init();

/** The site's search: the matching chapters for a query, best first (scripts/search/wrap.ts). */
export const search = siteSearch(pagefind.search, searchUi.paragraph);
