// The typo vocabulary in parts, one per first letter: a correction only ever compares words of the same first
// letter (correct.ts mayCorrect), so a miss needs the parts of its readings' first letters, not the whole file.
// A part exists for every letter of the alphabet below (empty when no word starts with it), so the browser
// never asks for a file the build does not have; a word starting with any other character is never a target.
import { foldWords, foldedForms, withoutArticle, wordFold } from '../text/normalize.ts';

/** The parts' folder in the search bundle's folder (written by integrations/steps/index-search.ts). */
export const VOCABULARY_DIR = 'vocabulary/';

/** The first characters a part is written for: Arabic letters as folded (U+0621-U+064A), Latin a-z, digits. */
const PART_LETTER = /^[\u0621-\u064aa-z0-9]$/u;

/** The file of the part of words starting with `letter`, under the bundle's folder: vocabulary/0627.json. */
export function partFile(letter: string): string {
  return `${VOCABULARY_DIR}${(letter.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}.json`;
}

/** Every letter a part is written for. */
export function partLetters(): string[] {
  const arabic = Array.from({ length: 0x064a - 0x0621 + 1 }, (_, i) => String.fromCodePoint(0x0621 + i));
  const latin = Array.from({ length: 26 }, (_, i) => String.fromCodePoint(0x61 + i));
  const digits = Array.from({ length: 10 }, (_, i) => String(i));
  return [...arabic, ...latin, ...digits].filter((c) => PART_LETTER.test(c));
}

/** The part a vocabulary word belongs to: the first letter of its spelling as vocabularyOf compares it. */
function partOf(fold: string): string {
  return Array.from(withoutArticle(fold))[0] ?? '';
}

/** The words of a vocabulary (vocabularyWords, in its order) split into parts: every letter, each in order. */
export function vocabularyParts(words: readonly string[]): Map<string, string[]> {
  const parts = new Map(partLetters().map((letter) => [letter, [] as string[]]));
  const folds = foldWords(words);
  words.forEach((word, i) => parts.get(partOf(folds[i] ?? ''))?.push(word));
  return parts;
}

/** The parts a correction of `word` needs: the first letter of each of its readings that has a part. */
export function lettersFor(word: string): string[] {
  const letters = foldedForms(wordFold(word)).map((reading) => Array.from(reading)[0] ?? '');
  return [...new Set(letters)].filter((c) => PART_LETTER.test(c));
}
