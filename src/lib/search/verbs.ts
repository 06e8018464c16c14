// A reader's verb the article does not use: «متى سيصل أردوغان إلى أستانا» asks when he comes, in a verb the article
// never writes (it says «زيارة»). Such a verb says what happens, not what the question is about, so a question is not
// left unanswered for it, as a topic the article never names (بريطانيا) leaves it. Only the verb's clearest marks
// are read: the future س or the imperfect ي before a stem, or a past verb of «she» (ت…ت, or three letters and ت:
// سمحت), with no article and no ة (nouns' endings). Pure.
import { wordFold } from '../text/normalize.ts';

/** سيصل، ستناقش، سنرى، يصل، يلتقي; not سياسة، السينما، يوم (a time word), nor a word of one or two letters left. */
const VERB = /^(?:س[يتنا]|ي)[^\s]{2,}$/u;
/** A past verb of «she» in ت (تدخلت، تعرضت، توقفت): ت, its stem, ت; not a noun in ات, يت or وت (توقيت، تفاوت). */
const PAST = /^ت[^\s]{2,4}(?<![اوي])ت$/u;
/** The plain past of «she», three letters and ت (سمحت، رفضت، قررت); not an active participle with ا second (ثابت، صامت)
 *  nor a noun in ات, يت or وت (بيوت، كبريت). */
const PAST_PLAIN = /^[^\sتا][^\sا][^\sاوي]ت$/u;
/** Endings of nouns (ة, ات, ية) and the article: never a verb's. */
const NOUN = /(?:ه|ات|يه)$|^ال/u;
/** Imperfect-looking words that are nouns or particles readers put in a question. */
const NOT_VERBS = new Set(['يوم', 'يوما', 'يومين', 'ايام', 'يناير', 'يونيو', 'يوليو'].map(wordFold));

/** Whether a query word, as typed, is a verb by its form (the future س, the imperfect ي, a past of «she»). */
export function looksLikeVerb(typed: string): boolean {
  const fold = wordFold(typed);
  return (VERB.test(fold) || PAST.test(fold) || PAST_PLAIN.test(fold)) && !NOUN.test(fold) && !NOT_VERBS.has(fold);
}
