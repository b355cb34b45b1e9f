import { hashText } from './hash';
import { phraseWordHash } from './lexicon';
import { isAllCaps, isCapitalized, wordShapes } from './word-shape';

/** What the feature templates read of a word, computed once per distinct word. */
export interface WordInfo {
  lowerCase: string;
  /** Hash of the lower-case form with digits as 0 ("1996" and "2021" share it). */
  lowerHash: number;
  shapeHash: number;
  shortShapeHash: number;
  /** Hash for gazetteer phrase keys (of `lowerCase`). */
  phraseHash: number;
  capitalized: boolean;
  /** Whether the word has a letter (any script): the document context reads only such words. */
  hasLetter: boolean;
  /** Whether it has letters and none of them lower-case ({@link isAllCaps}). */
  allCaps: boolean;
}

const DIGITS = /\d/g;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;

/** Past this many distinct words the cache starts over, so a long-lived content script stays small. */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, WordInfo>();

/** The word's {@link WordInfo}; words recur, so it is cached. */
export function wordInfo(word: string): WordInfo {
  let info = cache.get(word);
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const lowerCase = word.toLowerCase();
    const [shape, short] = wordShapes(word);
    info = {
      lowerCase,
      lowerHash: hashText(0, HAS_DIGIT.test(lowerCase) ? lowerCase.replace(DIGITS, '0') : lowerCase),
      shapeHash: hashText(0, shape),
      shortShapeHash: hashText(0, short),
      phraseHash: phraseWordHash(lowerCase),
      capitalized: isCapitalized(word),
      hasLetter: HAS_LETTER.test(word),
      allCaps: isAllCaps(word),
    };
    cache.set(word, info);
  }
  return info;
}
