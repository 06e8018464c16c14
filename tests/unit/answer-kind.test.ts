// What a question asks for, and which paragraph holds it (lib/search/answer-kind.ts), the weight it earns, and a long
// name read as the short one (lib/search/query.ts).
import { describe, expect, it } from 'vitest';
import { answerKind, countedNoun, holdsAnswer, isStrict, isWhichUnit } from '../../src/lib/search/answer-kind.ts';
import { rankPages } from '../../src/lib/search/answer.ts';
import { ANSWER_REACH, answerReach } from '../../src/lib/search/results.ts';
import { latinNames, parseQuery, splitWords } from '../../src/lib/search/query.ts';
import { scorePassage } from '../../src/lib/search/rank.ts';
import { foldWords } from '../../src/lib/text/normalize.ts';

const kindOf = (query: string) => answerKind(splitWords(query));
/** Whether a text (its words folded) holds the kind asked for, none of its words taken by the query. */
const holds = (text: string, kind: Parameters<typeof holdsAnswer>[3], taken: number[] = [], counted?: string[]) => {
  const folded = foldWords(text.split(' '));
  return holdsAnswer(folded, 0, folded.length, kind, new Set(taken), counted);
};

describe('answerKind', () => {
  it('reads a time from متى and «في أي عام/شهر/يوم» (of that grain), a number from كم and «ما عدد», a place from أين', () => {
    expect(kindOf('متى تأسس منتدى CICA')).toBe('time');
    expect(kindOf('ومتى بدأت عملية أستانا')).toBe('time');
    expect(kindOf('في أي شهر انضمت روسيا إلى الصراع')).toBe('month');
    expect(kindOf('في أي عام زار أردوغان كازاخستان آخر مرة')).toBe('year');
    expect(kindOf('في أي سنة تأسس المنتدى')).toBe('year');
    expect(kindOf('في أي يوم سيلتقي أردوغان ببوتين')).toBe('day');
    expect(kindOf('في أي تاريخ تأسس المنتدى')).toBe('time');
    expect(kindOf('كم دولة عضو في المنتدى')).toBe('number');
    expect(kindOf('ما عدد الدول الأعضاء')).toBe('number');
    expect(kindOf('أين تعقد القمة')).toBe('place');
    expect(kindOf('في أي مدينة افتتحت تركيا سفارتها')).toBe('place');
  });

  it('reads who a person is from «من» and a person’s name alone (in any spelling of the table)', () => {
    expect(kindOf('من لافروف')).toBe('person');
    expect(kindOf('ومن هو بشار الأسد')).toBe('person');
    expect(kindOf('من هو Lavrov')).toBe('person');
    expect(kindOf('من توكايف')).toBe('person');
    // Not with another word: «من رئيس إيران» asks for a name, «من اعترف باستقلال كازاخستان» for an actor.
    expect(kindOf('من رئيس إيران')).toBeUndefined();
    expect(kindOf('من اعترف باستقلال كازاخستان')).toBeUndefined();
    expect(kindOf('من أستانا')).toBeUndefined();
    expect(kindOf('من هو')).toBeUndefined();
  });

  it('reads nothing from a query that is not such a question', () => {
    expect(kindOf('عملية أستانا')).toBeUndefined();
    expect(kindOf('من هو وزير الخارجية')).toBeUndefined();
    expect(kindOf('عدد الدول')).toBeUndefined();
    expect(kindOf('')).toBeUndefined();
  });
});

describe('the noun a «كم» question counts', () => {
  it('is the word after كم, or after «كم عدد» and «ما عدد», with and without its accusative alif', () => {
    expect(countedNoun(splitWords('كم يوما تدوم القمة'))).toEqual(['يوما', 'يوم', 'ايام']);
    expect(countedNoun(splitWords('كم عدد الدول الأعضاء'))).toContain('دول');
    expect(countedNoun(splitWords('ما عدد الدول الأعضاء'))).toContain('دوله');
    expect(countedNoun(splitWords('كم من الوقت'))).toBeUndefined();
    expect(countedNoun(splitWords('متى تأسس المنتدى'))).toBeUndefined();
  });
});

describe('the noun after أي', () => {
  it('frames the question: it is not searched for', () => {
    expect(isWhichUnit('أي', 'عام')).toBe(true);
    expect(isWhichUnit('في', 'عام')).toBe(false);
    expect(isWhichUnit(undefined, 'شهر')).toBe(false);
    const terms = parseQuery('في أي شهر انضمت روسيا');
    expect(terms.filter((t) => !t.stop).map((t) => t.typed)).toEqual(['انضمت', 'روسيا']);
  });
});

describe('holdsAnswer', () => {
  it('finds a time: a year, a month, a weekday, a day before its month; not any number', () => {
    expect(holds('تأسس CICA في عام 1992 ، وهو منتدى', 'time')).toBe(true);
    expect(holds('وقال الكرملين يوم الثلاثاء', 'time')).toBe(true);
    expect(holds('لكازاخستان في 12-13 أكتوبر ،', 'time')).toBe(true);
    expect(holds('إن 11 رئيس دولة سيحضرون القمة.', 'time')).toBe(false);
  });

  it('finds a time of the grain asked for: a year for «أي عام», a month for «أي شهر», a day for «أي يوم»', () => {
    expect(holds('منذ زيارة أردوغان الأخيرة في عام 2017', 'year')).toBe(true);
    expect(holds('لكازاخستان في 12-13 أكتوبر ،', 'year')).toBe(false);
    expect(holds('لمدة 70 عامًا تقريبًا', 'year')).toBe(false);
    expect(holds('في سبتمبر 2015 ، عندما', 'month')).toBe(true);
    expect(holds('تأسس CICA في عام 1992', 'month')).toBe(false);
    expect(holds('وقال الكرملين يوم الثلاثاء', 'day')).toBe(true);
    expect(holds('في 19 يوليو ، عقد أردوغان', 'day')).toBe(true);
    expect(holds('على هامش قمة إقليمية في أوزبكستان الشهر الماضي', 'day')).toBe(false);
    expect(holds('على هامش قمة إقليمية في أوزبكستان الشهر الماضي', 'time')).toBe(true);
    expect(holds('منذ 10 سنوات في', 'time')).toBe(true);
  });

  it('finds a number in digits, in words (cardinal, ordinal, dual) and with Arabic-Indic digits', () => {
    expect(holds('ويضم 27 دولة عضو', 'number')).toBe(true);
    expect(holds('القمة التي تستمر يومين', 'number')).toBe(true);
    expect(holds('للقمة السابعة على شكل أستانا', 'number')).toBe(true);
    expect(holds('يضم ٢٧ دولة', 'number')).toBe(true);
    expect(holds('ستكون زيارة أردوغان مهمة', 'number')).toBe(false);
  });

  it('finds a number of the noun a «كم» question counts, or its dual, when the question names one', () => {
    const days = countedNoun(splitWords('كم يوما تدوم القمة'));
    expect(holds('القمة التي تستمر يومين', 'number', [0, 3], days)).toBe(true);
    expect(holds('صمادياروف يوم الاثنين إن 11 رئيس دولة', 'number', [1], days)).toBe(false);
    expect(holds('لمدة 70 عامًا تقريبًا', 'number', [2], countedNoun(splitWords('كم عاما كانت كازاخستان')))).toBe(true);
    // Its other number (the lexicon's): «27 دولة» counts «الدول».
    expect(holds('ويضم 27 دولة عضو', 'number', [], countedNoun(splitWords('كم عدد الدول الأعضاء')))).toBe(true);
  });

  it('finds who a person is: a title, or a first name the text then drops, not another person’s name', () => {
    expect(holds('قال وزير الخارجية الروسي سيرجي لافروف', 'person', [5])).toBe(true);
    expect(holds('رئيس كازاخستان قاسم جومارت توكاييف', 'person', [4])).toBe(true);
    expect(holds('سيعقد أردوغان وتوكاييف محادثات فردية', 'person', [2])).toBe(false);
    expect(holds('وأشار لافروف إلى أن المحادثات', 'person', [1])).toBe(false);
  });

  it('finds a place the article names, with its clitics, but not one the query itself holds', () => {
    expect(holds('افتتحت تركيا سفارتها في ألماتي', 'place')).toBe(true);
    expect(holds('الذي سيعقد في أستانا', 'place')).toBe(true);
    expect(holds('افتتحت تركيا سفارتها', 'place', [1])).toBe(false);
    expect(holds('الرئيسان اجتماع مجلس التعاون', 'place')).toBe(false);
  });
});

describe('the weight of an answer', () => {
  it('counts a passage holding what is asked for more than the same passage without it', () => {
    const found = [[1], [4]];
    expect(scorePassage({ length: 20, found, answers: true }, [2, 1], 20)).toBeGreaterThan(
      scorePassage({ length: 20, found }, [2, 1], 20),
    );
    expect(scorePassage({ length: 20, found: [[], []], answers: true }, [2, 1], 20)).toBe(0);
  });
});

describe('an answer beside fewer of the words', () => {
  it('does not outrank the paragraph holding all of them («متى اكتسبت كازاخستان سيادتها»)', () => {
    // «واكتسبت سيادتها مع حل الاتحاد» holds the three words, no date; «في عام 2009 ، اكتسبت …» two and a year;
    // a third paragraph holds the third word alone.
    const page = {
      passages: [
        { length: 20, found: [[3], [1], [4]] },
        { length: 20, found: [[8], [2], []], answers: true },
        { length: 20, found: [[], [], [5]] },
      ],
    };
    const counts = { pages: 1, pagesWith: [1, 1, 1] };
    expect(rankPages([page], 3, counts).pages[0]?.order).toEqual([0, 1, 2]);
    // With the third word found beside the date too, the date counts again and ranks its paragraph first.
    const both = { passages: [page.passages[0]!, { ...page.passages[1]!, found: [[8], [2], [9]] }, page.passages[2]!] };
    expect(rankPages([both], 3, counts).pages[0]?.order).toEqual([1, 0, 2]);
  });
});

describe('where the answer may stand', () => {
  it('is the fewest words holding the question’s words, widened by ANSWER_REACH each side, inside the passage', () => {
    const span = { from: 100, to: 160 };
    expect(answerReach([[120], [124]], span)).toEqual([120 - ANSWER_REACH, 124 + ANSWER_REACH + 1]);
    expect(answerReach([[102], [103]], span)).toEqual([100, 103 + ANSWER_REACH + 1]);
    // Of two mentions, the one beside the other word: the answer is looked for around «كازاخستان المستقلة».
    expect(answerReach([[110, 150], [151]], span)).toEqual([150 - ANSWER_REACH, 158]);
    expect(answerReach([[], []], span)).toEqual([100, 160]);
  });

  it('leaves out a date of another sentence: «متى حصلت كازاخستان على استقلالها»', () => {
    const text = 'أول بعثة في كازاخستان المستقلة. كما أنشأت سفارتها في أنقرة في نفس العام. في عام 2009 ، اكتسبت';
    const folded = foldWords(text.split(' '));
    const [from, to] = answerReach([[3], [4]], { from: 0, to: folded.length });
    expect(holdsAnswer(folded, from, to, 'time', new Set([3, 4]))).toBe(false);
    expect(holdsAnswer(folded, 0, folded.length, 'time', new Set([3, 4]))).toBe(true);
  });
});

describe('a question of one grain', () => {
  it('is a year, a month or a day: found by its form, not guessed', () => {
    expect([isStrict('year'), isStrict('month'), isStrict('day')]).toEqual([true, true, true]);
    expect([isStrict('time'), isStrict('number'), isStrict('place'), isStrict(undefined)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('lists first the paragraphs holding one, however the words score («في أي يوم سيلتقي أردوغان ببوتين»)', () => {
    // The past meeting holds every word side by side; the Kremlin's paragraph holds the weekday.
    const page = {
      passages: [
        { length: 20, found: [[3], [5], [6, 9]] },
        { length: 20, found: [[], [2], [12]], answers: true },
      ],
    };
    const counts = { pages: 1, pagesWith: [1, 1, 1] };
    expect(rankPages([page], 3, counts).pages[0]?.order).toEqual([0, 1]);
    expect(rankPages([page], 3, counts, true).pages[0]?.order).toEqual([1, 0]);
  });
});

describe('a long name in a query', () => {
  it('is searched as the short name the article also gives it, with its clitic, and not inside quotes', () => {
    const keys = (q: string) => parseQuery(q).map((t) => t.key);
    expect(keys('متى تأسس مؤتمر التفاعل وإجراءات بناء الثقة في آسيا')).toEqual(['متي', 'تاسس', 'cica']);
    expect(keys('لمؤتمر التفاعل وإجراءات بناء الثقة في آسيا')).toEqual(['cica']);
    expect(keys('مؤتمر التفاعل')).toEqual(['موتمر', 'تفاعل']);
    expect(keys('"مؤتمر التفاعل وإجراءات بناء الثقة في آسيا"')).not.toContain('cica');
  });

  it('in Latin (names.json `latin`, its bracketed name, without «the») is searched as its shortest mention', () => {
    const words = (q: string) => parseQuery(q).map((t) => t.fold);
    expect(words('Astana process')).toEqual(['عمليه', 'استانا']);
    expect(words('astana format')).toEqual(['عمليه', 'استانا']);
    expect(words("Kurdistan Workers' Party")).toEqual(['حزب', 'العمال', 'الكردستاني']);
    expect(words('People’s Protection Units')).toEqual(['وحدات', 'حمايه', 'الشعب']);
    expect(words('the Kremlin')).toEqual(['الكرملين']);
    expect(words('Conference on Interaction and Confidence-Building Measures in Asia')).toEqual(['cica']);
    expect(words('Astana')).toEqual(['استانا']);
    expect(latinNames('Astana process (Astana format)')).toEqual([
      ['astana', 'process'],
      ['astana', 'format'],
    ]);
    expect(latinNames('the Kremlin')).toEqual([['the', 'kremlin']]);
    expect(latinNames('Moscow')).toEqual([]);
  });
});
