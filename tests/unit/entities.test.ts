// The index of names from the article's text: every mention real, every naming paragraph listed, every
// entity named somewhere, every proper noun of the article in the table, and the alias table made from it.
import { describe, expect, it } from 'vitest';
import { article } from '../support/chapters.ts';
import { ENTITIES } from '../../src/lib/entities/table.ts';
import { findMentions, mentionExcerpt, paragraphWords } from '../../src/lib/entities/mentions.ts';
import { indexEntries, KINDS } from '../../src/lib/entities/entries.ts';
import { ALIASES, PHRASE_ALIASES } from '../../src/lib/search/aliases.ts';
import { foldText, wordForms } from '../../src/lib/text/normalize.ts';

const mentions = findMentions(article.paragraphs, ENTITIES);

/**
 * Every proper noun of the article, as it writes them (a list kept by hand, from a reading of the text):
 * each must be an entity's name or a name inside one. Left out, on purpose: «الغرب» (the West), a direction
 * here rather than a name; «الدولة العربية», which stands for Syria; adjectives of places (الروسية، السوري).
 */
const PROPER_NOUNS = [
  'أردوغان',
  'قاسم',
  'جومارت',
  'توكاييف',
  'إيبيك',
  'صمادياروف',
  'بوتين',
  'سيرجي',
  'لافروف',
  'فولوديمير',
  'زيلينسكي',
  'بشار',
  'الأسد',
  'إبراهيم',
  'رئيسي',
  'كازاخستان',
  'أستانا',
  'ألماتي',
  'أنقرة',
  'تركيا',
  'روسيا',
  'موسكو',
  'أوكرانيا',
  'أوزبكستان',
  'أذربيجان',
  'فلسطين',
  'سوريا',
  'إيران',
  'طهران',
  'اسطنبول',
  'آسيا',
  'البحر الأسود',
  'البحر المتوسط',
  'الاتحاد السوفيتي',
  'CICA',
  'مؤتمر التفاعل وإجراءات بناء الثقة في آسيا',
  'الأمم المتحدة',
  'الكرملين',
  'وزارة الخارجية الكازاخستانية',
  'مجلس التعاون الاستراتيجي رفيع المستوى',
  'وحدات حماية الشعب',
  'حزب العمال الكردستاني',
  'داعش',
  'عملية أستانا',
];

describe('the table of entities', () => {
  it('covers every proper noun of the article, each found in the text as written', () => {
    const text = article.paragraphs.join(' ');
    for (const noun of PROPER_NOUNS) {
      expect(text, noun).toContain(noun.replace(/^ال/, ''));
      expect(
        ENTITIES.some((e) => e.name.split(' ').includes(noun) || e.name === noun || e.mentions.includes(noun)),
        noun,
      ).toBe(true);
    }
  });

  it('has unique ids, a Latin name each, and at least one mention of each entity', () => {
    expect(new Set(ENTITIES.map((e) => e.id)).size).toBe(ENTITIES.length);
    for (const entity of ENTITIES) {
      expect(entity.latin, entity.id).toMatch(/[A-Za-z]/);
      expect(mentions.get(entity.id)?.length ?? 0, entity.id).toBeGreaterThan(0);
    }
  });

  it("is where the search's names come from: every alias of an entity is in the alias table", () => {
    for (const entity of ENTITIES) {
      for (const [word, spellings] of Object.entries(entity.aliases ?? {})) expect(ALIASES[word]).toEqual(spellings);
      for (const [phrase, words] of Object.entries(entity.phrases ?? {})) expect(PHRASE_ALIASES[phrase]).toBe(words);
    }
  });
});

describe('findMentions', () => {
  it('lists only real mentions: the words there are the name, under the clitic grammar', () => {
    for (const entity of ENTITIES) {
      for (const m of mentions.get(entity.id) ?? []) {
        const words = paragraphWords(article.paragraphs[m.paragraph - 1] ?? '').slice(m.start, m.start + m.length);
        const named = entity.mentions.some((phrase) => {
          const parts = phrase.split(' ');
          return (
            parts.length === words.length &&
            parts.every((p, j) => wordForms(words[j] ?? '').includes(wordForms(p)[0] ?? ''))
          );
        });
        expect(named, `${entity.id} in paragraph ${m.paragraph}: ${words.join(' ')}`).toBe(true);
      }
    }
  });

  it('lists every paragraph whose text holds a name (or a longer name that holds it)', () => {
    for (const entity of ENTITIES) {
      for (const phrase of entity.mentions) {
        const folded = foldText(phrase).replace(/^ال/, '');
        article.paragraphs.forEach((text, i) => {
          // Whole words only: the name, with at most clitics and the article before it.
          const pattern = new RegExp(`(^|[\\s(])[وفبكل]*(ال)?${folded}([\\s).,،؛]|$)`, 'u');
          if (!pattern.test(foldText(text))) return;
          const listed = ENTITIES.filter((e) => mentions.get(e.id)?.some((m) => m.paragraph === i + 1));
          const holder = listed.some(
            (e) => e.id === entity.id || e.mentions.some((p) => p !== phrase && p.includes(phrase)),
          );
          expect(holder, `${entity.id}: paragraph ${i + 1}`).toBe(true);
        });
      }
    }
  });

  it('counts a name inside a longer name once, for the longer entry', () => {
    const paragraphsOf = (id: string) => [...new Set((mentions.get(id) ?? []).map((m) => m.paragraph))];
    // «عملية أستانا» (p-21) and «شكل أستانا» (p-22) are the process, not the city.
    expect(paragraphsOf('astana-process')).toEqual([21, 22]);
    expect(paragraphsOf('astana')).not.toContain(21);
    // آسيا inside CICA's Arabic name (p-4) is CICA's.
    expect(paragraphsOf('asia')).not.toContain(4);
  });
});

describe('the index entries', () => {
  const groups = indexEntries(article.paragraphs, ENTITIES);

  it('groups people, places and bodies, each in Arabic alphabetical order', () => {
    expect(groups.map((g) => g.kind)).toEqual([...KINDS]);
    const collator = new Intl.Collator('ar');
    for (const { entries } of groups) {
      const names = entries.map((e) => e.entity.name);
      expect(names).toEqual([...names].sort(collator.compare));
    }
    expect(groups.flatMap((g) => g.entries)).toHaveLength(ENTITIES.length);
  });

  it('quotes each paragraph verbatim around the name, and marks only the name', () => {
    for (const { entries } of groups) {
      for (const { entity, paragraphs } of entries) {
        for (const { paragraph, excerpt, words } of paragraphs) {
          const text = excerpt
            .map((p) => p.text)
            .join('')
            .replace(/^… | …$/g, '');
          expect(article.paragraphs[paragraph - 1], entity.id).toContain(text);
          const marked = excerpt.filter((p) => p.marked).map((p) => p.text.trim());
          expect(marked.length, entity.id).toBeGreaterThan(0);
          for (const m of marked)
            expect(
              words.some((w) => m.includes(w)),
              `${entity.id}: ${m}`,
            ).toBe(true);
        }
      }
    }
  });

  it('gives the sentence where the name is, cut short', () => {
    const text = article.paragraphs[0] ?? '';
    const parts = mentionExcerpt(text, [{ paragraph: 1, start: 0, length: 1 }], 6);
    expect(parts.at(-1)?.text).toBe(' …');
  });
});
