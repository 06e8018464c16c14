// Pagefind's engine with the site's search over it. pagefind.js searches in its own worker
// (pagefind-worker.js) and fetches only the index chunks a query needs; it finds them next to itself, so
// one build works under any base path.
import * as pagefind from 'pagefind:engine';
import { searchUi } from '../../i18n/ui.ts';
import { ALIASES, NAMES } from '../../lib/search/aliases.ts';
import { vocabularyOf, type Vocabulary } from '../../lib/search/correct.ts';
import { isStopWord } from '../../lib/search/stop-words.ts';
import { lettersFor, partFile } from '../../lib/search/vocabulary-parts.ts';
import { lexiconForms } from '../../lib/search/word-forms.ts';
import { correctingSearch } from './correcting.ts';
import { siteSearch } from './wrap.ts';

// Started as soon as the search code runs: the worker and the index load while the reader types.
void pagefind.init();

/** The vocabulary's parts fetched so far, by first letter (lib/search/vocabulary-parts.ts). */
const parts = new Map<string, Promise<string[]>>();

/** One part of the vocabulary, fetched once from the bundle's folder the header's <site-search> names. */
function loadPart(letter: string): Promise<string[]> {
  const bundle = document.querySelector<HTMLElement>('site-search[data-bundle]')?.dataset.bundle ?? '';
  const file = partFile(letter);
  let part = parts.get(letter);
  if (!part) {
    part = fetch(`${bundle}${file}`).then(async (response) => {
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      const words: unknown = await response.json();
      if (!Array.isArray(words)) throw new Error(`${file}: not a list of words`);
      return words.map(String);
    });
    // A part that cannot be had now (offline, say) is asked for again next time.
    void part.catch(() => parts.delete(letter));
    parts.set(letter, part);
  }
  return part;
}

/**
 * The vocabulary typing slips in `words` are corrected to, on a query that finds nothing: only the parts of the
 * first letters their readings start with (a correction keeps the first letter); undefined when one cannot be had.
 */
async function loadVocabulary(words: readonly string[]): Promise<Vocabulary | undefined> {
  const letters = [...new Set(words.flatMap(lettersFor))];
  try {
    const loaded = await Promise.all(letters.map(loadPart));
    // The lexicon's forms are known words: never corrected to another word (احتفال is not احتمال); stop words
    // are known but never corrected to (ألمتي is ألماتي, not التي).
    return vocabularyOf(loaded.flat(), ALIASES, {
      known: lexiconForms(),
      isName: (w) => NAMES.has(w),
      isStop: (w) => isStopWord(w),
    });
  } catch {
    return undefined;
  }
}

/** The site's search: the matching chapters for a query, best first, slips corrected (scripts/search/correcting.ts). */
export const search = correctingSearch(siteSearch(pagefind.search, searchUi.paragraph), loadVocabulary);
