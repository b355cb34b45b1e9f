import { extendPhraseKey, type Lexicon, PHRASE_SEED } from './lexicon';
import type { WordInfo } from './word-info';

/**
 * Name-list classes, one bit each in the gazetteer's byte. The lists come from npm packages at training
 * time (scripts/ner/name-lists.ts); the model file ships their hashes only.
 */
export const GAZETTEER_CLASSES = {
  firstName: 1,
  lastName: 2,
  location: 4,
  organization: 8,
  demonym: 16,
  orgWord: 32,
  placeWord: 64,
  personTitle: 128,
} as const;

const CLASS_BITS = Object.values(GAZETTEER_CLASSES);
export const GAZETTEER_CLASS_COUNT = CLASS_BITS.length;

/** Longest phrase the gazetteer holds, in words. */
export const GAZETTEER_MAX_WORDS = 4;

/** Match state of one token for one class: none, first word of a match, later word. */
export const MATCH_NONE = 0;
export const MATCH_BEGIN = 1;
export const MATCH_INSIDE = 2;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Names start with a letter or digit; punctuation never starts a phrase (ASCII checked without a regex). */
function hasLetterOrDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return true;
    if (c >= 128) return LETTER_OR_DIGIT.test(word);
  }
  return false;
}

/**
 * For each token and class, whether the longest name-list phrase of that class covering it starts there
 * (BEGIN) or earlier (INSIDE). Returns `tokens × GAZETTEER_CLASS_COUNT` states.
 */
export function matchGazetteer(words: readonly WordInfo[], gazetteer: Lexicon): Uint8Array {
  const n = words.length;
  const states = new Uint8Array(n * GAZETTEER_CLASS_COUNT);
  const coveredUntil = new Int32Array(GAZETTEER_CLASS_COUNT);
  const keys = new Uint32Array(GAZETTEER_MAX_WORDS + 1);
  for (let start = 0; start < n; start++) {
    if (!hasLetterOrDigit(words[start].lowerCase)) continue;
    const longest = Math.min(GAZETTEER_MAX_WORDS, n - start);
    keys[0] = PHRASE_SEED;
    for (let length = 1; length <= longest; length++) keys[length] = extendPhraseKey(keys[length - 1], words[start + length - 1].phraseHash);
    for (let length = longest; length >= 1; length--) {
      const bits = gazetteer.get(keys[length]);
      if (bits === 0) continue;
      for (let c = 0; c < GAZETTEER_CLASS_COUNT; c++) {
        // Longest match wins: a class already covering this start from an earlier phrase keeps it.
        if ((bits & CLASS_BITS[c]) === 0 || coveredUntil[c] > start) continue;
        coveredUntil[c] = start + length;
        states[start * GAZETTEER_CLASS_COUNT + c] = MATCH_BEGIN;
        for (let i = start + 1; i < start + length; i++) states[i * GAZETTEER_CLASS_COUNT + c] = MATCH_INSIDE;
      }
    }
  }
  return states;
}
