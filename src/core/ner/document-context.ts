import { wordInfo } from './word-info';
import { isCapitalized } from './word-shape';

/** What the rest of the document says about a word (by lower-case form); bits of {@link DocumentContext.flags}. */
export const SEEN_CAPITALIZED = 1;
export const SEEN_LOWER = 2;
export const SEEN_AFTER_CAPITALIZED = 4;
export const SEEN_BEFORE_CAPITALIZED = 8;

/** Document-level evidence gathered from the sentences written in ordinary case. */
export interface DocumentContext {
  /** Lower-case form → the form most often written mid-sentence (for truecasing). */
  forms: Map<string, string>;
  /** Lower-case form → SEEN_* bits. */
  flags: Map<string, number>;
  /**
   * The document's first word, lower-case ("soccer", "cricket" in agency sports copy): a topic hint, since
   * a city name is a team (ORG) in sports copy and a place elsewhere.
   */
  topic: string;
}

/**
 * Collects, from the ordinary sentences (`ordinary[i]` true), how each word is written away from a
 * sentence start, and whether it is seen inside a run of capitalised words: "Pashinyan" alone in a later
 * sentence is then known to be part of a longer name.
 */
export function buildDocumentContext(sentences: readonly (readonly string[])[], ordinary: readonly boolean[]): DocumentContext {
  // Forms are needed only for the words of the lines to truecase: counting only those saves work.
  const wanted = new Set<string>();
  sentences.forEach((words, s) => {
    if (!ordinary[s]) for (const word of words) wanted.add(word.toLowerCase());
  });
  const counts = new Map<string, Map<string, number>>();
  const flags = new Map<string, number>();
  sentences.forEach((words, s) => {
    if (!ordinary[s]) return;
    for (let i = 1; i < words.length; i++) {
      const word = words[i];
      // Cached per distinct word: this loop reads every word of the document.
      const info = wordInfo(word);
      if (!info.hasLetter) continue;
      const lower = info.lowerCase;
      if (wanted.size > 0 && wanted.has(lower)) {
        let forms = counts.get(lower);
        if (!forms) counts.set(lower, (forms = new Map()));
        forms.set(word, (forms.get(word) ?? 0) + 1);
      }
      let bits = info.capitalized ? SEEN_CAPITALIZED : SEEN_LOWER;
      if (info.capitalized && !info.allCaps) {
        if (isCapitalized(words[i - 1])) bits |= SEEN_AFTER_CAPITALIZED;
        if (i + 1 < words.length && isCapitalized(words[i + 1])) bits |= SEEN_BEFORE_CAPITALIZED;
      }
      flags.set(lower, (flags.get(lower) ?? 0) | bits);
    }
  });
  const forms = new Map<string, string>();
  for (const [lower, written] of counts) {
    let best = '';
    let bestCount = 0;
    for (const [form, count] of written) if (count > bestCount) [best, bestCount] = [form, count];
    forms.set(lower, best);
  }
  const first = sentences.find((words) => words.some((w) => /\p{L}/u.test(w)));
  const topic = first?.find((w) => /\p{L}/u.test(w))?.toLowerCase() ?? '';
  return { forms, flags, topic };
}
