// What kind of thing a question asks for, and whether a paragraph holds one: «متى…» a time, «كم…» a number,
// «أين…» a place. A paragraph that holds the kind asked for, beyond the query's own words, is the likelier
// answer (rank.ts weighs it up), as question-answering rankers favour a passage with an answer of the expected
// type. «متى تأسس مؤتمر التفاعل…» then shows «تأسس CICA في عام 1992» before the paragraph that only names it. Pure.
import { ENTITIES } from '../entities/table.ts';
import { foldedKey, foldWords, wordFold } from '../text/normalize.ts';
import { isQuestionWord, readings } from './stop-words.ts';

/** A time of any grain (متى), or of one grain when the question names it («في أي عام/شهر/يوم»: a year, a month, a
 *  day); a number; a place. */
export type AnswerKind = 'time' | 'year' | 'month' | 'day' | 'number' | 'place';

/** Folded as wordFold folds them, so the lists compare with folded words of the query and of the text: in one
 *  pass over the whole list (foldWords), as a page that searches on load folds them in its first task. */
const fold = (words: string): string[] => foldWords(words.split(' '));

/** The question words that say what is asked for (behind و or ف too). */
const ASKS: ReadonlyMap<string, AnswerKind> = new Map([
  ...fold('متى').map((w) => [w, 'time'] as const),
  ...fold('كم').map((w) => [w, 'number'] as const),
  ...fold('أين').map((w) => [w, 'place'] as const),
]);

/** After «أي» («في أي عام…»، «في أي مدينة…»): the noun that says what is asked for; the frame, not the topic. */
const WHICH_UNITS: ReadonlyMap<string, AnswerKind> = new Map([
  // «في أي عام» is answered by a year, not by a month or a weekday: «في أي عام زار أردوغان كازاخستان آخر مرة»
  // is «… في عام 2017», not the paragraph of his visit «في 12-13 أكتوبر».
  ...fold('عام سنة أعوام سنوات').map((w) => [w, 'year'] as const),
  ...fold('شهر أشهر').map((w) => [w, 'month'] as const),
  ...fold('يوم أيام').map((w) => [w, 'day'] as const),
  ...fold('تاريخ وقت').map((w) => [w, 'time'] as const),
  ...fold('مدينة بلد دولة مكان عاصمة منطقة بلاد').map((w) => [w, 'place'] as const),
]);
const WHICH = new Set(fold('أي أية'));
/** «ما عدد…»، «كم مدة…»: nouns that ask for a number in a question. */
const COUNT_NOUNS = new Set(fold('عدد مدة'));

const MONTHS =
  'يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر نوفمبر ديسمبر ' +
  'كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين';
const WEEKDAYS = 'الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد';

/** Peeled keys (foldedKey) of words that say when: months (both calendars' names), weekdays, time nouns. */
const timeWords = (): Set<string> =>
  new Set(
    fold(
      `${MONTHS} ${WEEKDAYS} ` + 'عام أعوام سنة سنوات شهر أشهر شهرين يوم أيام يومين أسبوع أمس غدا الماضي المقبل القادم',
    ).map(foldedKey),
  );

/** Peeled keys of number words: cardinals, tens, hundreds and thousands, ordinals, and the duals of time units. */
const numberWords = (): Set<string> =>
  new Set(
    fold(
      'واحد واحدة اثنان اثنين اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة ' +
        'عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين ' +
        'تسعون تسعين مئة مائة مئات ألف آلاف مليون ملايين مليار ' +
        'أول الأولى ثاني الثانية ثالث الثالثة رابع الرابعة خامس الخامسة سادس السادسة سابع السابعة ثامن الثامنة ' +
        'تاسع التاسعة عاشر العاشرة يومين شهرين عامين سنتين',
    ).map(foldedKey),
  );

/** Peeled keys of the places the article names (content/names.json), each word of their names. */
const placeWords = (): Set<string> =>
  new Set(
    ENTITIES.filter((entity) => entity.kind === 'place')
      .flatMap((entity) => entity.mentions.flatMap((mention) => mention.split(/\s+/)))
      .map((word) => foldedKey(wordFold(word)))
      .filter((key) => key.length >= 3),
  );

type Listed = 'time' | 'month' | 'day' | 'number' | 'place';
/** The lists, built on the first question that asks for a kind: a search that asks none never folds them. */
let kinds: Record<Listed, Set<string>> | undefined;
const wordsOf = (kind: Listed): Set<string> =>
  (kinds ??= {
    time: timeWords(),
    month: new Set(fold(MONTHS).map(foldedKey)),
    day: new Set(fold(WEEKDAYS).map(foldedKey)),
    number: numberWords(),
    place: placeWords(),
  })[kind];

/** What a query asks for, from its words as typed (in order); undefined when it is not such a question. */
export function answerKind(typed: readonly string[]): AnswerKind | undefined {
  for (const [i, word] of typed.entries()) {
    for (const reading of readings(word)) {
      const asked =
        ASKS.get(reading) ?? (WHICH.has(reading) ? WHICH_UNITS.get(wordFold(typed[i + 1] ?? '')) : undefined);
      if (asked) return asked;
    }
  }
  const counts = typed.some((w) => COUNT_NOUNS.has(wordFold(w)));
  return counts && typed.some(isQuestionWord) ? 'number' : undefined;
}

/** Whether a kind is of one grain (a year, a month, a day), which a paragraph either holds or cannot answer:
 *  found by its form (a year's digits, a month's or a weekday's name), not guessed like a place or a number. */
export function isStrict(kind: AnswerKind | undefined): boolean {
  return kind === 'year' || kind === 'month' || kind === 'day';
}

/** Whether a query word is the noun after «أي» that frames the question («في أي عام»): not a word to look for. */
export function isWhichUnit(previous: string | undefined, word: string): boolean {
  return previous !== undefined && WHICH.has(wordFold(previous)) && WHICH_UNITS.has(wordFold(word));
}

/** A year as the article writes one (1992، 2017). */
const YEAR = /^[12]\d{3}$/;

/** Whether word `i` of the text (folded) is of the kind asked for: a year for «أي عام», a month for «أي شهر», a
 *  weekday or a day's number before its month for «أي يوم», any of them (or a count of time units) for متى. */
function isOfKind(folded: readonly string[], i: number, kind: AnswerKind): boolean {
  const word = folded[i] ?? '';
  const key = foldedKey(word);
  if (kind === 'number') return /\d/.test(word) || wordsOf('number').has(key);
  if (kind === 'place') return wordsOf('place').has(key);
  if (kind === 'year') return YEAR.test(word);
  if (kind === 'month') return wordsOf('month').has(key);
  // A day's number, or a count of time units (منذ 10 سنوات), is a time before the word it counts.
  const before = (list: Listed) =>
    /^\d{1,2}(-\d{1,2})?$/.test(word) && wordsOf(list).has(foldedKey(folded[i + 1] ?? ''));
  if (kind === 'day') return wordsOf('day').has(key) || before('month');
  return YEAR.test(word) || wordsOf('time').has(key) || before('time');
}

/**
 * Whether the words `from`..`to` of a page (folded) hold something of the kind asked for, at a position that is
 * not one of the query's own words (`taken`): a question naming Turkey is not answered by Turkey.
 */
export function holdsAnswer(
  folded: readonly string[],
  from: number,
  to: number,
  kind: AnswerKind,
  taken: ReadonlySet<number>,
): boolean {
  for (let i = from; i < to; i++) if (!taken.has(i) && isOfKind(folded, i, kind)) return true;
  return false;
}
