import type { TextToken } from './tokenize';

const SENTENCE_END = new Set(['.', '!', '?', '...', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

/**
 * Groups the tokens of a text block into sentences: a break after . ! ? (and any closing quotes or
 * brackets after them) when the next token does not start with a lower-case letter. Abbreviations keep
 * their full stop inside the token ("Mr.", "U.S."), so they never end a sentence here.
 */
export function splitSentences(tokens: readonly TextToken[]): TextToken[][] {
  const sentences: TextToken[][] = [];
  let current: TextToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    current.push(tokens[i]);
    if (!SENTENCE_END.has(tokens[i].text)) continue;
    while (i + 1 < tokens.length && CLOSERS.has(tokens[i + 1].text)) current.push(tokens[++i]);
    const next = tokens[i + 1];
    if (next === undefined || !/^\p{Ll}/u.test(next.text)) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}
