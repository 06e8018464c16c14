// Words a reader's question is made of but that never say what it is about: question words, particles,
// prepositions, pronouns, demonstratives and relatives, and كان with its sisters. A query drops them, as
// Algolia and Lucene drop their Arabic stop words, so «من هو وزير الخارجية» asks for وزير الخارجية.
// Kept short and our own: general lists (the npm package stopword, Lucene's) also drop content words this
// article uses and readers search for (زيارة، عام، وقف، لقاء، مايو، اليوم، الماضي), which would lose answers.
import { foldWords, wordFold } from '../text/normalize.ts';

/** The words, as a reader types them (folded before use, so hamza and harakat do not matter). */
const WORDS = [
  // Question words
  'من',
  'ما',
  'ماذا',
  'لماذا',
  'متى',
  'أين',
  'كيف',
  'كم',
  'هل',
  'أي',
  'أية',
  'لم',
  'بم',
  'مم',
  'عم',
  'بماذا',
  'لمن',
  'ممن',
  'عمن',
  'إلام',
  'علام',
  'حتام',
  'أنى',
  // Particles and prepositions
  'في',
  'فى',
  'إلى',
  'الى',
  'على',
  'عن',
  'مع',
  'بين',
  'عند',
  'لدى',
  'منذ',
  'مذ',
  'حتى',
  'نحو',
  'حول',
  'ضد',
  'دون',
  'عبر',
  'خلال',
  'بعد',
  'قبل',
  'أثناء',
  'عندما',
  'بينما',
  'حيث',
  'كما',
  'فقط',
  'أن',
  'إن',
  'أنه',
  'إنه',
  'أنها',
  'إنها',
  'لا',
  'لن',
  'قد',
  'لقد',
  'سوف',
  'ثم',
  'أو',
  'أم',
  'بل',
  'لكن',
  'لكنّ',
  'إذا',
  'إذ',
  'لو',
  'كي',
  'لكي',
  'كل',
  'كلا',
  'بعض',
  'غير',
  'أيضا',
  'يا',
  // Pronouns, demonstratives, relatives
  'هو',
  'هي',
  'هم',
  'هما',
  'هن',
  'أنا',
  'نحن',
  'أنت',
  'أنتم',
  'له',
  'لها',
  'لهم',
  'به',
  'بها',
  'فيه',
  'فيها',
  'منه',
  'منها',
  'عليه',
  'عليها',
  'هذا',
  'هذه',
  'هذان',
  'هاتان',
  'هؤلاء',
  'ذلك',
  'تلك',
  'أولئك',
  'هناك',
  'هنا',
  'الذي',
  'التي',
  'الذين',
  'اللذان',
  'اللتان',
  'اللواتي',
  'اللاتي',
  // كان and its sisters (auxiliaries of a question: «كم عاما كانت كازاخستان…»)
  'كان',
  'كانت',
  'كانوا',
  'يكون',
  'تكون',
  'ليس',
  'ليست',
] as const;

/** The words folded as queries are (normalize.ts wordFold), so أين and اين are one. */
const STOP = new Set(foldWords(WORDS));

/** The question words among them: a query holding one is a question. */
const QUESTION = new Set(
  foldWords(['من', 'ما', 'ماذا', 'لماذا', 'متى', 'أين', 'كيف', 'كم', 'هل', 'أي', 'أية', 'بماذا', 'لمن', 'ممن']),
);

/**
 * Words that frame a question rather than say what it is about («ما اسم…», «ماذا حدث…», «ما سبب…», «متى بدأت…»,
 * «متى … آخر مرة»، «كم مرة…»): dropped only from a question, since outside one they may be what is searched for (a
 * reader may look for سبب alone). «مرة» counts the times asked about: «متى زار أردوغان كازاخستان آخر مرة» is not
 * answered by «لأول مرة».
 */
const FRAME = new Set(
  foldWords([
    'اسم',
    'عدد',
    'مدة',
    'سبب',
    'أسباب',
    'هدف',
    'أهداف',
    'معنى',
    'يعني',
    'تعني',
    'حدث',
    'يحدث',
    'حصل',
    'حصلت',
    'يحصل',
    'تحصل',
    'تم',
    'تمت',
    'يتم',
    'جرت',
    'جرى',
    'نوع',
    'بدأ',
    'بدأت',
    'يبدأ',
    'تبدأ',
    'مرة',
    'مرات',
  ]),
);

/** A word folded, and without the conjunction و or ف a question word may carry (وهل، فمن، ومتى). */
export const readings = (word: string): string[] => {
  const fold = wordFold(word);
  return /^[وف]/.test(fold) ? [fold, fold.slice(1)] : [fold];
};

/** Whether a query word is a question word (alone or behind و or ف). */
export function isQuestionWord(word: string): boolean {
  return readings(word).some((r) => QUESTION.has(r));
}

/**
 * Whether a query word is a stop word, alone or behind the conjunction و or ف (وهل، فمن، ومتى): a conjunction
 * is all a question word ever carries. In a question (`question`), the words that frame it are stop words too.
 */
export function isStopWord(word: string, question = false): boolean {
  return readings(word).some((r) => STOP.has(r) || (question && FRAME.has(r)));
}
