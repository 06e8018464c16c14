// The dates the article implies but does not write, worked out once, here: the timeline marks every date
// that uses them as inferred («تاريخ مستنتج»). Editorial.

/** The first year the article names, when Kazakhstan and Turkey established relations (p-9) and CICA was founded (p-12). */
const RELATIONS_YEAR = 1992;

/**
 * The year the article was written: «هذا العام» is the thirtieth anniversary («الذكرى الثلاثين», p-7) of
 * the relations established in 1992 (p-9).
 */
export const ARTICLE_YEAR = RELATIONS_YEAR + 30;

/** «الشهر الماضي»: the month before October, the month of the visit the article looks ahead to (p-1). */
export const LAST_MONTH = 9;

/** Why a date is inferred, in the words the timeline shows. */
export const WHY = {
  year: `السنة مستنتجة: المقال كُتب في الذكرى الثلاثين لعلاقات أُقيمت عام ${RELATIONS_YEAR}، أي عام ${ARTICLE_YEAR}.`,
  lastMonth: `«الشهر الماضي» هو سبتمبر، الشهر السابق لزيارة أكتوبر، عام ${ARTICLE_YEAR}.`,
  sameYear: `«نفس العام» هو عام إقامة العلاقات الدبلوماسية، ${RELATIONS_YEAR}.`,
  thursday: `يوم الخميس من أيام الزيارة (12-13 أكتوبر ${ARTICLE_YEAR}) هو 13 أكتوبر.`,
} as const;
