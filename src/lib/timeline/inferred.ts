// The dates the article implies but does not write, worked out once, here. An event of content/timeline.json
// names the inference its date rests on ("inferred": "year"); the check holds its date to what the inference
// gives, and the timeline shows the reason beside it, marked «تاريخ مستنتج». Editorial.

/** The first year the article names, when Kazakhstan and Turkey established relations (p-9) and CICA was founded (p-12). */
const RELATIONS_YEAR = 1992;

/**
 * The year the article was written: «هذا العام» is the thirtieth anniversary («الذكرى الثلاثين», p-7) of
 * the relations established in 1992 (p-9).
 */
export const ARTICLE_YEAR = RELATIONS_YEAR + 30;

/** «الشهر الماضي»: the month before October, the month of the visit the article looks ahead to (p-1). */
const LAST_MONTH = `${ARTICLE_YEAR}-09`;

/** The names an event of the data can give its inference by. */
export const INFERENCE_NAMES = ['year', 'lastMonth', 'sameYear', 'thursday'] as const;
type Inference = (typeof INFERENCE_NAMES)[number];

/** Each inference: the date it gives (an inferred event's date starts with it), and why, as the timeline says it. */
export const INFERENCES: Readonly<Record<Inference, { date: string; why: string }>> = {
  year: {
    date: `${ARTICLE_YEAR}`,
    why: `السنة مستنتجة: المقال كُتب في الذكرى الثلاثين لعلاقات أُقيمت عام ${RELATIONS_YEAR}، أي عام ${ARTICLE_YEAR}.`,
  },
  lastMonth: {
    date: LAST_MONTH,
    why: `«الشهر الماضي» هو سبتمبر، الشهر السابق لزيارة أكتوبر، عام ${ARTICLE_YEAR}.`,
  },
  sameYear: { date: `${RELATIONS_YEAR}`, why: `«نفس العام» هو عام إقامة العلاقات الدبلوماسية، ${RELATIONS_YEAR}.` },
  thursday: {
    date: `${ARTICLE_YEAR}-10-13`,
    why: `يوم الخميس من أيام الزيارة (12-13 أكتوبر ${ARTICLE_YEAR}) هو 13 أكتوبر.`,
  },
};
