// What kind of thing a question asks for, and whether a paragraph holds one: «متى…» a time, «كم…» a number (of the
// noun it counts: «كم يوما» days), «أين…» a place, «من …» before a person's name alone who that is (a title, a first
// name). A paragraph that holds the kind asked for, beyond the query's own words, is the likelier answer (rank.ts
// weighs it up), as question-answering rankers favour a passage with an answer of the expected type. «متى تأسس مؤتمر التفاعل…» then shows «تأسس CICA في عام 1992» before the paragraph that only names it. Pure.
import { ENTITIES } from '../entities/table.ts';
import { articleStem, foldedKey, foldWords, wordFold } from '../text/normalize.ts';
import { isQuestionWord, isStopWord, readings } from './stop-words.ts';
import { familyStems } from './word-forms.ts';

/** A time of any grain (متى), or of one grain when the question names it («في أي عام/شهر/يوم»: a year, a month, a
 *  day); a number; a place; who a person is («من لافروف»). */
export type AnswerKind = 'time' | 'year' | 'month' | 'day' | 'number' | 'place' | 'person';

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
/** «من» asks who: for the kinds, only before a person's name alone (asksWhoIs). */
const WHO = new Set(fold('من'));

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

/** The peeled keys of the words of some names (each name one word or several). */
const keysOf = (names: readonly string[]): string[] =>
  names.flatMap((name) => name.split(/\s+/)).map((word) => foldedKey(wordFold(word)));

/** Peeled keys of the places the article names (content/names.json), each word of their names. */
const placeWords = (): Set<string> =>
  new Set(
    keysOf(ENTITIES.filter((entity) => entity.kind === 'place').flatMap((entity) => entity.mentions)).filter(
      (key) => key.length >= 3,
    ),
  );

/** The people of the names table: who-is questions are asked of them. */
const persons = ENTITIES.filter((entity) => entity.kind === 'person');

/** Peeled keys of every word that names a person of the article, in any spelling of the table (content/names.json). */
const personWords = (): Set<string> =>
  new Set(keysOf(persons.flatMap((p) => [p.name, ...p.mentions, ...Object.entries(p.aliases ?? {}).flat(2)])));

/**
 * What says who a person is, as a news article introduces one (title, then full name): titles, and the first names
 * the table gives beside the name the text goes on to use («وزير الخارجية الروسي سيرجي لافروف», later «لافروف»).
 */
const introductionWords = (): Set<string> => {
  const titles = fold('رئيس رئيسة وزير وزيرة المتحدث المتحدثة متحدث زعيم نائب سفير مستشار قائد ملك أمير');
  const mentioned = new Set(keysOf(persons.flatMap((p) => p.mentions)));
  return new Set([...titles.map(foldedKey), ...keysOf(persons.map((p) => p.name)).filter((k) => !mentioned.has(k))]);
};

type Listed = 'time' | 'month' | 'day' | 'number' | 'place' | 'person';
/** The lists, built on the first question that asks for a kind: a search that asks none never folds them. */
let kinds: Record<Listed, Set<string>> | undefined;
const wordsOf = (kind: Listed): Set<string> =>
  (kinds ??= {
    time: timeWords(),
    month: new Set(fold(MONTHS).map(foldedKey)),
    day: new Set(fold(WEEKDAYS).map(foldedKey)),
    number: numberWords(),
    place: placeWords(),
    person: introductionWords(),
  })[kind];

/** What a query asks for, from its words as typed (in order); undefined when it is not such a question. */
export function answerKind(typed: readonly string[]): AnswerKind | undefined {
  if (asksWhoIs(typed)) return 'person';
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

/** The person words, built on the first query that starts with من. */
let names: Set<string> | undefined;
/** «من لافروف»، «ومن هو بشار الأسد»: من, then only a person's name (and هو/هي). */
function asksWhoIs(typed: readonly string[]): boolean {
  const [first, ...rest] = typed;
  if (first === undefined || !readings(first).some((r) => WHO.has(r))) return false;
  names ??= personWords();
  const said = rest.filter((word) => !isStopWord(word, true));
  return said.length > 0 && said.every((word) => names?.has(foldedKey(wordFold(word))));
}

/**
 * The stems of the noun a «كم» question counts («كم يوما تدوم القمة»: يوم; «كم عدد الدول…»، «ما عدد الدول…»: دول),
 * with the accusative alif readers add to it (يوما) or not, and its other number; undefined when it names none.
 */
export function countedNoun(typed: readonly string[]): string[] | undefined {
  const at = typed.findIndex((word, i) => {
    return readings(word).some((r) => ASKS.get(r) === 'number') || (COUNT_NOUNS.has(wordFold(word)) && i > 0);
  });
  let noun = at < 0 ? undefined : typed[at + 1];
  if (noun !== undefined && COUNT_NOUNS.has(wordFold(noun))) noun = typed[at + 2];
  if (noun === undefined || isStopWord(noun, true)) return undefined;
  const fold = wordFold(noun);
  const stems = [articleStem(fold), ...(/[^ا]ا$/.test(fold) ? [articleStem(fold.slice(0, -1))] : [])];
  // Its other number too (the lexicon's): «كم عدد الدول» is answered by «27 دولة».
  return [...new Set([...stems, ...stems.flatMap(familyStems)])];
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
 *  weekday or a day's number before its month for «أي يوم», any of them (or a count of time units) for متى; a
 *  number (of the noun `counted`, if any); a place; a title or first name for who a person is. */
function isOfKind(folded: readonly string[], i: number, kind: AnswerKind, counted?: readonly string[]): boolean {
  const word = folded[i] ?? '';
  const key = foldedKey(word);
  const isNumber = (w: string) => /\d/.test(w) || wordsOf('number').has(foldedKey(w));
  // A number of the noun counted: «70 عامًا» for «كم عاما», not «11 رئيس دولة» for «كم يوما».
  if (kind === 'number' && counted) return isNumber(word) && counted.includes(articleStem(folded[i + 1] ?? ''));
  if (kind === 'number') return isNumber(word);
  if (kind === 'person') return wordsOf('person').has(key);
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
 * not one of the query's own words (`taken`): a question naming Turkey is not answered by Turkey. `counted`: the
 * stems of the noun a «كم» question counts (countedNoun), whose number is the answer.
 */
export function holdsAnswer(
  folded: readonly string[],
  from: number,
  to: number,
  kind: AnswerKind,
  taken: ReadonlySet<number>,
  counted?: readonly string[],
): boolean {
  for (let i = from; i < to; i++) {
    // The dual of the noun counted is the answer in one word, though the query holds the noun: «يومين» for «كم يوما».
    if (counted && kind === 'number' && isDualOf(folded[i] ?? '', counted)) return true;
    if (!taken.has(i) && isOfKind(folded, i, kind, counted)) return true;
  }
  return false;
}

/** Whether a word (folded) is the dual of a noun of these stems: يومين، عامين، دولتين. */
const isDualOf = (word: string, stems: readonly string[]): boolean =>
  /(?:ين|ان)$/.test(word) && stems.includes(articleStem(word));
