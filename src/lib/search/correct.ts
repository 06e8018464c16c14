// Typing slips: the nearest word of the site's own vocabulary to a query word that matches nothing, as hosted
// documentation search forgives them (one edit in words of 4+ letters, two in words of 8+; a swap of two
// neighbouring letters is one edit). Words are compared as search keys (normalize.ts), so hamza forms, ة/ه
// and ى/ي are already one letter. Pure: the vocabulary is given (its words are written at build time).
import { foldWords, foldedForms, foldedKey, trimEdges, withoutArticle, wordFold, wordKey } from '../text/normalize.ts';

/** How many edits a word of this many letters may be corrected by: none below four letters. */
export function allowedEdits(word: string): number {
  const length = Array.from(word).length;
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * The optimal-string-alignment distance (Levenshtein plus the swap of two neighbours), or `max + 1` as soon as
 * it must be more than `max`: the correction only ever asks whether a word is within one or two edits.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [before, previous] = [previous, current];
  }
  return previous[t.length] ?? max + 1;
}

/** What a known word stands for: the word as the article writes it, and whether it is a name of the alias table. */
interface Known {
  word: string;
  name: boolean;
  /** A name's Latin name (its first Latin spelling in the alias table), shown for a Latin slip. */
  latin?: string | undefined;
}

/**
 * A vocabulary: each known word by its spelling without the article (withoutArticle: بوتين stays whole, where
 * the greedy search key would read its ب as a preposition), grouped by length so that a correction only
 * compares words that could be within reach; and the search keys of them all, to tell a known word.
 */
export interface Vocabulary {
  byLength: ReadonlyMap<number, ReadonlyMap<string, Known>>;
  keys: ReadonlySet<string>;
}

/**
 * Arabic words of up to this many letters are corrected only to names: short words are so dense in Arabic that
 * one edit is more often another word than a slip (قيمة is not قمة, سلاح is not سلام).
 */
const SHORT_WORD = 5;

/** A word that starts with an alef carrying a hamza (or madda) and then lam: not the article «ال». */
const HAMZA_LAM = /^[أإآ]\p{Mn}*ل/u;

const isArabic = (word: string): boolean => /^\p{Script=Arabic}/u.test(word);
const letters = (word: string): number => Array.from(word).length;

/** Whether `reading` is `candidate` with one of its letters typed twice (حبووب for حبوب). */
function isDoubled(reading: string, candidate: string): boolean {
  const r = Array.from(reading);
  return r.some(
    (letter, i) => i > 0 && letter === r[i - 1] && [...r.slice(0, i), ...r.slice(i + 1)].join('') === candidate,
  );
}

/** Whether a candidate may stand in for a reading at all, before any distance is counted. */
function mayCorrect(reading: string, candidate: string): boolean {
  // A slip of the first letter is too often another word, even among names (كوريا is not سوريا).
  if (candidate.charAt(0) !== reading.charAt(0)) return false;
  // ة is the mark of a word's family (normalize.ts stemKey): a word with it and one without are two words.
  return candidate !== `${reading}ه` && reading !== `${candidate}ه`;
}

/** A Latin spelling in the case the reader typed its first letter: kazakhstan for Kazahkstan -> Kazakhstan. */
function recased(spelling: string, typed: string): string {
  const first = typed.charAt(0);
  return first !== first.toLowerCase() ? spelling.charAt(0).toUpperCase() + spelling.slice(1) : spelling;
}

/**
 * The word a query word was most likely meant to be, or undefined: when the word is known (a match is never
 * corrected), too short, or has nearest words that stand for different words (a tie is not a guess). Each
 * reading of the word under clitic grammar (normalize.ts foldedForms: وكازخستان is also كازخستان) is compared.
 * The answer is the article's word, or for a Latin slip the Latin spelling it is nearest to (Kazakhstan),
 * which the search resolves to the article's word.
 */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const typed = trimEdges(word);
  if (vocabulary.keys.has(wordKey(typed))) return undefined;
  let best: Known | undefined;
  let spelling = '';
  let short = false;
  let doubled = false;
  let bestDistance = Infinity;
  /** The letters of the reading the best was found from: a longer reading is the likelier (المتاي whole is
   *  ألماتي, one swap; as ال + متاي it is as near مايو's ماي, but by fewer letters). */
  let bestReading = 0;
  let tie = false;
  for (const reading of foldedForms(wordFold(typed))) {
    const max = allowedEdits(reading);
    const length = letters(reading);
    for (let size = length - max; size <= length + max; size++) {
      for (const [candidate, known] of vocabulary.byLength.get(size) ?? []) {
        if (!mayCorrect(reading, candidate)) continue;
        const distance = editDistance(reading, candidate, Math.min(max, bestDistance));
        if (distance > max || distance > bestDistance || (distance === bestDistance && length < bestReading)) continue;
        // Two spellings of one word (وكازاخستان, كازاخستان) are not a tie; two words are, from readings as long.
        if (distance === bestDistance && length === bestReading)
          tie ||= best !== undefined && wordKey(known.word) !== wordKey(best.word);
        else {
          [best, spelling, bestDistance, bestReading, tie] = [known, candidate, distance, length, false];
          short = isArabic(reading) && length <= SHORT_WORD;
          doubled = isDoubled(reading, candidate);
        }
      }
    }
  }
  // A short word nearest to a word that is not a name is left alone: more likely another word than a slip,
  // and then a name as near is no better a guess (الرئيسس is not رئيسي). A letter typed twice is a slip
  // whatever the length: Arabic writes a doubled consonant once, with a shadda (الحبووب is الحبوب).
  if (!best || tie || (short && !best.name && !doubled)) return undefined;
  return isArabic(spelling) ? best.word : recased(best.latin ?? spelling, typed);
}

/**
 * The words of some texts, one per search key, as the vocabulary's parts hold them (vocabulary-parts.ts): for each key the shortest
 * way the texts write it (then the most frequent, then the first), so a correction reads as the article does
 * (كازاخستان rather than لكازاخستان). Words under three letters are left out: they are never corrected to.
 */
export function vocabularyWords(texts: readonly string[]): string[] {
  const forms = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const raw of text.split(/\s+/)) {
      const word = trimEdges(raw);
      const key = wordKey(word);
      if (letters(key) < 3) continue;
      const counts = forms.get(key) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      forms.set(key, counts);
    }
  }
  const chosen = [...forms.values()].map((counts) => {
    const ranked = [...counts].sort(([a, m], [b, n]) => letters(a) - letters(b) || n - m);
    return ranked[0]?.[0] ?? '';
  });
  // One order whatever the order of the pages: the file is the same from build to build.
  return chosen.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What else a vocabulary knows beyond the article's words and the alias table. */
interface VocabularyOptions {
  /** Words known but never corrected to (the lexicon's other forms): a reader typing one is never "corrected". */
  known?: readonly string[];
  /** Whether an alias table word is a name (short words are corrected only to names); all are, unless told. */
  isName?: (word: string) => boolean;
  /** Whether a word is a stop word (stop-words.ts): known, but never corrected to, as a search never looks for
   *  one (ألمتي is one edit from التي as from ألماتي, and meant only the name). None is, unless told. */
  isStop?: (word: string) => boolean;
}

/**
 * The vocabulary of the article's words (each standing for itself) and of an alias table (every other spelling
 * standing for the article's word), so اردغان and Kazahkstan are corrected to what the article says.
 */
export function vocabularyOf(
  words: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>> = {},
  { known = [], isName = () => true, isStop = () => false }: VocabularyOptions = {},
): Vocabulary {
  const entries = new Map<string, Known>();
  const keys = new Set<string>();
  // Folded in one pass over all the words (foldWords), not one by one: the vocabulary of a large site has
  // tens of thousands, and it is read on the main thread.
  const folds = foldWords(words);
  words.forEach((word, i) => {
    const fold = folds[i] ?? '';
    const spelling = withoutArticle(fold);
    keys.add(foldedKey(fold));
    if (spelling && !entries.has(spelling) && !isStop(word)) entries.set(spelling, { word, name: false });
  });
  for (const [meant, spellings] of Object.entries(aliases)) {
    const latin = spellings.find((other) => !isArabic(other));
    for (const other of [meant, ...spellings]) {
      const fold = wordFold(other);
      const spelling = withoutArticle(fold);
      keys.add(foldedKey(fold));
      // The article's own spelling of a name is kept as the word it stands for.
      if (spelling) entries.set(spelling, { word: entries.get(spelling)?.word ?? meant, name: isName(meant), latin });
      // A name written with a hamza on its first alef before a lam (ألماتي) has no article: folding makes it look
      // as if it had (الماتي), so it is kept whole too, and a slip in it (ألمتي) is compared at its own length
      // rather than as the three letters left without «ال» (متي), too short to be corrected.
      if (HAMZA_LAM.test(other) && fold !== spelling) entries.set(fold, { word: meant, name: isName(meant), latin });
    }
  }
  for (const fold of foldWords(known)) keys.add(foldedKey(fold));
  const byLength = new Map<number, Map<string, Known>>();
  for (const [spelling, known] of entries) {
    const group = byLength.get(letters(spelling)) ?? new Map<string, Known>();
    byLength.set(letters(spelling), group.set(spelling, known));
  }
  return { byLength, keys };
}
