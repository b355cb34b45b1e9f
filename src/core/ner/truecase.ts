import { Lexicon, wordKey } from './lexicon';
import { wordInfo } from './word-info';
import { isAllCaps, isCapitalized } from './word-shape';

/** Preferred casing of a word in the casing lexicon; words it lacks are taken as names (Title-Case). */
export const CASING_LOWER = 1;
export const CASING_UPPER = 2;

const HAS_LETTER = /\p{L}/u;

/** A line in capitals ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP"): no word with a lower-case letter. */
export function isAllCapsSentence(words: readonly string[]): boolean {
  let letters = 0;
  for (const word of words) {
    // Asked of every sentence: the word's cached info saves a regex and two case conversions per word.
    const info = wordInfo(word);
    if (!info.hasLetter) continue;
    if (!info.allCaps) return false;
    letters += word.length;
  }
  return letters >= 4;
}

/**
 * A Title-Case headline ("Armenian Military Maintains Call For Premier To Resign"): at least three
 * words, every word of 4+ letters capitalised, and at least two of them words that are usually lower-case.
 */
export function isTitleCaseSentence(words: readonly string[], casing: Lexicon): boolean {
  let lowerWords = 0;
  let longWords = 0;
  for (const word of words) {
    if (!HAS_LETTER.test(word)) continue;
    if (word.length >= 4) {
      longWords++;
      if (!isCapitalized(word)) return false;
    }
    if (isCapitalized(word) && casing.get(wordKey(word.toLowerCase())) === CASING_LOWER) lowerWords++;
  }
  return longWords >= 3 && lowerWords >= 2;
}

/**
 * Rewrites a capitals line in its likely casing: as the word is written elsewhere in the document, else
 * as the casing lexicon prefers, else Title-Case (unknown words in headlines are mostly names).
 */
export function truecaseAllCaps(words: readonly string[], casing: Lexicon, documentForms: ReadonlyMap<string, string>): string[] {
  return words.map((word, i) => {
    if (!HAS_LETTER.test(word)) return word;
    const lower = word.toLowerCase();
    const seen = documentForms.get(lower);
    if (seen !== undefined) return i === 0 ? capitalize(seen) : seen;
    const preferred = casing.get(wordKey(lower));
    if (preferred === CASING_UPPER) return word;
    if (preferred === CASING_LOWER) return i === 0 ? capitalize(lower) : lower;
    return titleCase(lower);
  });
}

/** Lower-cases the capitalised common words of a Title-Case headline, keeping names and its first word. */
export function truecaseTitleCase(words: readonly string[], casing: Lexicon, documentForms: ReadonlyMap<string, string>): string[] {
  return words.map((word, i) => {
    if (i === 0 || !isCapitalized(word) || isAllCaps(word)) return word;
    const lower = word.toLowerCase();
    const seen = documentForms.get(lower);
    if (seen !== undefined) return seen;
    return casing.get(wordKey(lower)) === CASING_LOWER ? lower : word;
  });
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "ANGLO-IRISH" → "Anglo-Irish", "O'NEILL" → "O'Neill". */
function titleCase(lower: string): string {
  return lower.replace(/(^|[-'])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
