// Other names readers use for the article's words: Latin spellings, other Arabic spellings and the Levantine
// month names. Each maps to the word as the article writes it, so an alias can only ever find what the
// article says. The names of people, places and bodies come from the table of entities (content/names.json),
// the one list the index of names is made from too; the rest (adjectives, months) are kept here.
import { ENTITIES } from '../entities/table.ts';

/** Words of the article that are not names, and the other ways readers write them. */
const WORDS: Readonly<Record<string, readonly string[]>> = {
  // The adjective of Kazakhstan, also written short (كازاخي) in Arabic news.
  الكازاخستانية: ['kazakh', 'kazakhstani', 'الكازاخية', 'الكازاخي', 'كازاخية', 'كازاخي'],
  التركية: ['turkish'],
  الروسية: ['russian'],
  الأوكرانية: ['ukrainian'],
  السوري: ['syrian'],
  الإيراني: ['iranian'],
  يوليو: ['july', 'تموز', 'يوليوز', 'جويلية'],
  مارس: ['march', 'آذار', 'اذار', 'مارش'],
  أكتوبر: ['october', 'تشرين', 'أوكتوبر', 'اكتوبر'],
  مايو: ['may', 'أيار', 'ايار', 'ماي'],
  سبتمبر: ['september', 'أيلول', 'ايلول', 'شتنبر'],
};

/** Canonical word (as in the article) -> the other ways of writing it: the entities' names, then the words. */
export const ALIASES: Readonly<Record<string, readonly string[]>> = Object.fromEntries([
  ...ENTITIES.flatMap((entity) => Object.entries(entity.aliases ?? {})),
  ...Object.entries(WORDS),
]);

/** The canonical words of the alias table that are names (of people, places, bodies), not words like months. */
export const NAMES: ReadonlySet<string> = new Set(ENTITIES.flatMap((entity) => Object.keys(entity.aliases ?? {})));

/** Two-word names read as one: Levantine months ("تشرين الأول" is one month), English names of places, and the Arabic
 *  news name of the Astana process. */
export const PHRASE_ALIASES: Readonly<Record<string, string>> = Object.fromEntries([
  ...ENTITIES.flatMap((entity) => Object.entries(entity.phrases ?? {})),
  // What Arabic news usually calls the Astana process, which the article calls «عملية أستانا».
  ['مسار أستانا', 'عملية أستانا'],
  ['تشرين الأول', 'أكتوبر'],
  ['تشرين الاول', 'أكتوبر'],
  ['تشرين الثاني', 'نوفمبر'],
  ['كانون الأول', 'ديسمبر'],
  ['كانون الثاني', 'يناير'],
]);
