// The lexicon: other forms of the article's words that share no light stem with them (normalize.ts stemKey),
// so that a reader who types one finds the other: broken plurals and their singulars (قضية/القضايا), and the
// verb and noun of one root (افتتاح/افتتحت, انضمام/انضمت). Each family is one meaning; at least one of its forms
// is the article's, which the search then finds and marks. Forms are bare: no article, clitic or pronoun.
// Why a lexicon and not a root analyser: see src/lib/search/README.md ("Other word forms").
import { FAMILIES } from './word-forms.data.ts';
import { SYNONYMS } from './synonyms.data.ts';
import { articleStem, stemKey, wordFold } from '../text/normalize.ts';

/**
 * The stems a bare form is met by: the stem the query and the index give it (normalize.ts articleStem), and for
 * the article's own verb in ت (a family's first form) the stem it gets with a pronoun (مزقتها is read مزقة + ها, as
 * سفارتها is سفارة + ها). Only the article's: for another form (جمعت) that stem is another word (جمعة, Friday).
 */
export function formStems(form: string, articles = true): string[] {
  const fold = wordFold(form);
  const stem = articleStem(fold);
  return articles && /[^ا]ت$/.test(fold) ? [...new Set([stem, stemKey(`${fold.slice(0, -1)}ه`)])] : [stem];
}

/**
 * The lexicon's families with those of one meaning (synonyms.data.ts) merged: each form, and whether it is the
 * first of its own family (the article's, whose verb in ت formStems also reads with a pronoun).
 */
export function meanings(): { form: string; first: boolean }[][] {
  const forms = FAMILIES.map((family) => family.map((form, i) => ({ form, first: i === 0 })));
  const head = new Map(FAMILIES.map((family, i) => [family[0] ?? '', i]));
  const merged = SYNONYMS.map((group) => group.map((name) => head.get(name) ?? -1).filter((i) => i >= 0));
  const taken = new Set(merged.flat());
  return [...merged.map((group) => group.flatMap((i) => forms[i] ?? [])), ...forms.filter((_, i) => !taken.has(i))];
}

let byStem: Map<string, readonly string[]> | undefined;

/** Built on the first query, not when the search code loads. */
function index(): Map<string, readonly string[]> {
  if (!byStem) {
    byStem = new Map();
    for (const family of meanings()) {
      const stems = [...new Set(family.flatMap(({ form, first }) => formStems(form, first)))];
      for (const stem of stems) byStem.set(stem, stems);
    }
  }
  return byStem;
}

/** The stems of the other forms of the word whose stem this is (its own excluded), or none. */
export function familyStems(stem: string): readonly string[] {
  return (index().get(stem) ?? []).filter((s) => s !== stem);
}

/** Every form of the lexicon, for the correction's vocabulary (a known form is never "corrected"). */
export function lexiconForms(): string[] {
  return FAMILIES.flat();
}
