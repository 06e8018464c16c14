// Every dated event of the article, in date order: an editorial label, the date as precisely as the article
// allows (ISO, for <time datetime>), and the article's own sentence quoted verbatim (a test holds every quote
// to the text of its paragraph). Dates the article only implies come from inferred.ts and say so.
import { ARTICLE_YEAR, LAST_MONTH, WHY } from './inferred.ts';

export interface TimelineEvent {
  /** As precise as the article allows: 1992, 1992-03, 2022-07-19. */
  datetime: string;
  /** The last day, for an event of several days (12-13 أكتوبر). */
  until?: string;
  /** Editorial: what happened, in a few words. */
  label: string;
  /** The article's words, verbatim, from paragraph `paragraph`. */
  quote: string;
  paragraph: number;
  /** The words of the quote that date it (the test of date-like expressions reads them). */
  expression: string;
  /** Why the date is inferred, when the article does not write it whole. */
  inferred?: string;
}

const y = ARTICLE_YEAR;
const month = (m: number) => `${y}-${String(m).padStart(2, '0')}`;

export const EVENTS: readonly TimelineEvent[] = [
  {
    datetime: '1992-03',
    label: 'إقامة العلاقات الدبلوماسية بين كازاخستان وتركيا',
    quote: 'أقامت كازاخستان علاقات دبلوماسية مع تركيا في مارس 1992 ، بعد حوالي شهرين من إعلان استقلالها رسميًا.',
    paragraph: 9,
    expression: 'مارس 1992',
  },
  {
    datetime: '1992',
    label: 'سفارة كازاخستان في أنقرة',
    quote: 'كما أنشأت كازاخستان سفارتها في أنقرة في نفس العام.',
    paragraph: 10,
    expression: 'نفس العام',
    inferred: WHY.sameYear,
  },
  {
    datetime: '1992',
    label: 'تأسيس مؤتمر التفاعل وإجراءات بناء الثقة في آسيا',
    quote: 'تأسس CICA في عام 1992',
    paragraph: 12,
    expression: '1992',
  },
  {
    datetime: '2009',
    label: 'الشراكة الاستراتيجية',
    quote: 'في عام 2009 ، اكتسبت العلاقات الثنائية مكانة الشراكة الاستراتيجية.',
    paragraph: 10,
    expression: '2009',
  },
  {
    datetime: '2011',
    label: 'بداية الحرب في سوريا',
    quote:
      'الدولة العربية ، التي مزقتها الحرب منذ عام 2011 ، عندما قام نظام بشار الأسد بقمع المتظاهرين المؤيدين للديمقراطية.',
    paragraph: 21,
    expression: '2011',
  },
  {
    datetime: '2015-09',
    label: 'دخول روسيا الصراع السوري',
    quote: 'انضمت روسيا إلى الصراع السوري المستمر منذ 10 سنوات في سبتمبر 2015 ، عندما بدا جيش النظام على وشك الانهيار',
    paragraph: 23,
    expression: 'سبتمبر 2015',
  },
  {
    datetime: '2017',
    label: 'زيارة أردوغان السابقة لكازاخستان',
    quote: 'منذ زيارة أردوغان الأخيرة في عام 2017',
    paragraph: 6,
    expression: '2017',
  },
  {
    datetime: '2017',
    label: 'إطلاق عملية أستانا',
    quote: 'تم إطلاق عملية أستانا في عام 2017',
    paragraph: 21,
    expression: '2017',
  },
  {
    datetime: `${y}`,
    label: 'الذكرى الثلاثون للعلاقات الدبلوماسية',
    quote: 'احتفلت تركيا وكازاخستان هذا العام بالذكرى الثلاثين لتأسيس علاقاتهما الدبلوماسية.',
    paragraph: 7,
    expression: 'هذا العام',
    inferred: WHY.year,
  },
  {
    datetime: month(3),
    label: 'تعطّل المحادثات المباشرة بين روسيا وأوكرانيا',
    quote: 'المحادثات المباشرة بين روسيا وأوكرانيا تعطلت في نهاية مارس.',
    paragraph: 16,
    expression: 'مارس',
    inferred: WHY.year,
  },
  {
    datetime: month(5),
    label: 'توكاييف في أنقرة',
    quote: 'الذي أعلن رسميًا. اتصالات في أنقرة لأول مرة في مايو.',
    paragraph: 1,
    expression: 'مايو',
    inferred: WHY.year,
  },
  {
    datetime: `${y}-07-19`,
    label: 'القمة الثلاثية في طهران',
    quote: 'في 19 يوليو ، عقد أردوغان وبوتين والرئيس الإيراني إبراهيم رئيسي اجتماعًا ثلاثيًا في العاصمة الإيرانية طهران.',
    paragraph: 22,
    expression: '19 يوليو',
    inferred: WHY.year,
  },
  {
    datetime: month(LAST_MONTH),
    label: 'لقاء أردوغان وبوتين في أوزبكستان',
    quote: 'التقى أردوغان مع بوتين على هامش قمة إقليمية في أوزبكستان الشهر الماضي.',
    paragraph: 17,
    expression: 'الشهر الماضي',
    inferred: WHY.lastMonth,
  },
  {
    datetime: month(LAST_MONTH),
    label: 'روسيا تعلن ضم أربع مناطق أوكرانية',
    quote: 'أعلنت روسيا الشهر الماضي ضم أربع مناطق أوكرانية تحتلها جزئيًا.',
    paragraph: 16,
    expression: 'الشهر الماضي',
    inferred: WHY.lastMonth,
  },
  {
    datetime: `${y}-10-12`,
    until: `${y}-10-13`,
    label: 'زيارة أردوغان الرسمية لكازاخستان وقمة مؤتمر التفاعل في أستانا',
    quote: 'خلال زيارة أردوغان الرسمية لكازاخستان في 12-13 أكتوبر',
    paragraph: 1,
    expression: '12-13 أكتوبر',
    inferred: WHY.year,
  },
  {
    datetime: `${y}-10-13`,
    label: 'لقاء أردوغان وبوتين في أستانا',
    quote: 'وقال الكرملين يوم الثلاثاء إنهما سيجتمعان يوم الخميس لمناقشة أوكرانيا والعلاقات الثنائية.',
    paragraph: 13,
    expression: 'يوم الخميس',
    inferred: WHY.thursday,
  },
];

/**
 * Date-like words of the article deliberately not on the timeline, each with why: the days statements were
 * made (their dates are not known, and they are not events of the story).
 */
export const LEFT_OUT: readonly { paragraph: number; expression: string; why: string }[] = [
  { paragraph: 11, expression: 'الاثنين', why: 'the day a spokesman spoke; the article gives no date for it' },
  { paragraph: 13, expression: 'الثلاثاء', why: 'the day the Kremlin spoke; its date is not known' },
  { paragraph: 14, expression: 'الثلاثاء', why: 'the day Lavrov spoke; its date is not known' },
];
