// Pagefind's engine with the site's search over it. pagefind.js searches in its own worker
// (pagefind-worker.js) and fetches only the index chunks a query needs; it finds them next to itself, so
// one build works under any base path.
import * as pagefind from 'pagefind:engine';
import { searchUi } from '../../i18n/ui.ts';
import { ALIASES, NAMES } from '../../lib/search/aliases.ts';
import { VOCABULARY_FILE, vocabularyOf, type Vocabulary } from '../../lib/search/correct.ts';
import { lexiconForms } from '../../lib/search/word-forms.ts';
import { correctingSearch } from './correcting.ts';
import { siteSearch } from './wrap.ts';

// Started as soon as the search code runs: the worker and the index load while the reader types.
void pagefind.init();

let vocabulary: Promise<Vocabulary | undefined> | undefined;

/**
 * The vocabulary typing slips are corrected to, fetched once, on the first query that finds nothing, from the
 * bundle's folder the header's <site-search> names; undefined (and asked for again next time) when it cannot
 * be had.
 */
function loadVocabulary(): Promise<Vocabulary | undefined> {
  const bundle = document.querySelector<HTMLElement>('site-search[data-bundle]')?.dataset.bundle ?? '';
  vocabulary ??= fetch(`${bundle}${VOCABULARY_FILE}`)
    .then(async (response) => {
      if (!response.ok) throw new Error(`${VOCABULARY_FILE}: ${response.status}`);
      const words: unknown = await response.json();
      if (!Array.isArray(words)) throw new Error(`${VOCABULARY_FILE}: not a list of words`);
      // The lexicon's forms are known words: never corrected to another word (احتفال is not احتمال).
      return vocabularyOf(words.map(String), ALIASES, { known: lexiconForms(), isName: (w) => NAMES.has(w) });
    })
    .catch(() => {
      vocabulary = undefined;
      return undefined;
    });
  return vocabulary;
}

/** The site's search: the matching chapters for a query, best first, slips corrected (scripts/search/correcting.ts). */
export const search = correctingSearch(siteSearch(pagefind.search, searchUi.paragraph), loadVocabulary);
