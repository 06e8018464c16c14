// The lexicon of other word forms (lib/search/word-forms.data.ts) held to the article: each family reaches a
// word the article really has, its first form is the article's, no form is in two families, and a form typed
// finds the article's form, with the highlight on the article's word.
import { describe, expect, it } from 'vitest';
import { article } from '../support/chapters.ts';
import { FAMILIES } from '../../src/lib/search/word-forms.data.ts';
import { familyStems, formStems, meanings } from '../../src/lib/search/word-forms.ts';
import { SYNONYMS } from '../../src/lib/search/synonyms.data.ts';
import { foldWords, foldedForms, stemKey, wordFold, wordForms } from '../../src/lib/text/normalize.ts';
import { relatedStems, stemOf, termStems } from '../../src/lib/search/query.ts';
import { findTerm } from '../../src/lib/search/results.ts';

const words = [...article.paragraphs, ...article.headings].join(' ').split(/\s+/);
const folded = foldWords(words);
/** Every stem the search can meet an article word by: the stems of all its readings. */
const articleStems = new Set(folded.flatMap((w) => foldedForms(w).map(stemKey)));

describe('the lexicon', () => {
  it.each(FAMILIES.map((family) => [family.join(' / '), family] as const))(
    '%s: its first form is a word of the article',
    (_, family) => {
      expect(formStems(family[0] ?? '').some((s) => articleStems.has(s))).toBe(true);
    },
  );

  it('has no form, nor stem, in two families', () => {
    const owner = new Map<string, number>();
    FAMILIES.forEach((family, i) => {
      for (const stem of new Set(family.flatMap((form, i) => formStems(form, i === 0)))) {
        expect(owner.get(stem) ?? i, `${stem} in families ${owner.get(stem)} and ${i}`).toBe(i);
        owner.set(stem, i);
      }
    });
  });

  it('has bare forms only: Arabic letters, no article, no harakat', () => {
    for (const form of FAMILIES.flat()) {
      expect(form, form).toMatch(/^[\u0621-\u064A]+$/u);
      // التقى and التقت are verbs (form VIII of لقي), not ال + تقى.
      if (!form.startsWith('التق')) expect(form.startsWith('ال'), form).toBe(false);
    }
  });

  it.each(FAMILIES.map((family) => [family.join(' / '), family] as const))(
    '%s: every other form finds the article form, and only words of the family are marked',
    (_, family) => {
      // The family's stems, and those of the family of one meaning it is merged with (synonyms.data.ts).
      const meaning = meanings().find((forms) => forms.some(({ form }) => form === family[0])) ?? [];
      const own = new Set(meaning.flatMap(({ form, first }) => formStems(form, first)));
      for (const form of family) {
        const fold = wordFold(form);
        const hits = findTerm(wordForms(fold), folded, [...termStems(fold, form), ...relatedStems(fold, form)], stemOf);
        expect(hits.length, form).toBeGreaterThan(0);
        for (const i of hits) {
          const reached = foldedForms(folded[i] ?? '').some(
            (r) => own.has(stemKey(r)) || wordForms(fold).some((q) => r.startsWith(q)),
          );
          expect(reached, `${form} marks ${words[i]}`).toBe(true);
        }
      }
    },
  );
});

describe('familyStems', () => {
  it('gives the stems of the other forms, both ways, and nothing for a word outside the lexicon', () => {
    expect(familyStems(formStems('قضية')[0] ?? '')).toContain(formStems('قضايا')[0] ?? '');
    expect(familyStems(formStems('قضايا')[0] ?? '')).toContain(formStems('قضية')[0] ?? '');
    expect(familyStems(formStems('احتفال')[0] ?? '')).toContain(formStems('احتفلت')[0] ?? '');
    expect(familyStems(formStems('انضمام')[0] ?? '')).toContain(formStems('انضمت')[0] ?? '');
    expect(familyStems(formStems('احتمال')[0] ?? '')).not.toContain(formStems('احتفلت')[0] ?? '');
    expect(familyStems(formStems('برشلونة')[0] ?? '')).toEqual([]);
  });
});

describe('synonyms', () => {
  const heads = new Set(FAMILIES.map((family) => family[0]));

  it('name families of the lexicon, each in one group at most', () => {
    const named = SYNONYMS.flat();
    for (const name of named) expect(heads.has(name), name).toBe(true);
    expect(new Set(named).size).toBe(named.length);
  });

  it('find the article’s word of the other family, as another form (weak), not as the word typed', () => {
    const fold = wordFold('ستناقشها');
    const typed = findTerm(wordForms(fold), foldWords(['وستتناول']), termStems(fold, 'ستناقشها'), stemOf);
    const related = findTerm([], foldWords(['وستتناول']), relatedStems(fold, 'ستناقشها'), stemOf);
    expect([typed, related]).toEqual([[], [0]]);
  });

  it('merge the families named, and leave the others whole', () => {
    const merged = meanings().find((family) => family.some(({ form }) => form === 'صراع'));
    expect(merged?.map(({ form }) => form)).toEqual(expect.arrayContaining(['حرب', 'متحاربة', 'صراع', 'صراعات']));
    expect(merged?.filter(({ first }) => first).map(({ form }) => form)).toEqual(['حرب', 'صراع']);
    expect(meanings()).toHaveLength(FAMILIES.length - SYNONYMS.flat().length + SYNONYMS.length);
  });
});
