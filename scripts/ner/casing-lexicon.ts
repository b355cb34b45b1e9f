import { Lexicon, wordKey } from '../../src/core/ner/lexicon';
import { normalizeToken } from '../../src/core/ner/normalize';
import { CASING_LOWER, CASING_UPPER, isAllCapsSentence } from '../../src/core/ner/truecase';
import { isAllCaps, isCapitalized } from '../../src/core/ner/word-shape';

/**
 * The casing lexicon: words usually written lower-case (or in capitals, like "NATO") away from a sentence
 * start in the training text, plus common words from a word list. Everything else is treated as a name
 * when a headline is truecased, so names need no list here.
 */
export function buildCasingLexicon(sentences: Iterable<readonly string[]>, commonWords: readonly string[]): Lexicon {
  const counts = new Map<string, [lower: number, title: number, upper: number]>();
  for (const raw of sentences) {
    const words = raw.map(normalizeToken);
    if (isAllCapsSentence(words)) continue;
    for (let i = 1; i < words.length; i++) {
      const word = words[i];
      if (!/\p{L}/u.test(word)) continue;
      const key = word.toLowerCase();
      let c = counts.get(key);
      if (!c) counts.set(key, (c = [0, 0, 0]));
      c[isAllCaps(word) && word.length > 1 ? 2 : isCapitalized(word) ? 1 : 0]++;
    }
  }
  const entries: [number, number][] = [];
  for (const [word, [lower, title, upper]] of counts) {
    if (lower + title + upper < 2) continue;
    if (lower > title + upper) entries.push([wordKey(word), CASING_LOWER]);
    else if (upper > title && upper > lower) entries.push([wordKey(word), CASING_UPPER]);
  }
  for (const word of commonWords) if (!counts.has(word)) entries.push([wordKey(word), CASING_LOWER]);
  return Lexicon.fromEntries(entries);
}
