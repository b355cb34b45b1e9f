import { ABBREVIATIONS, CLITICS } from './abbreviations';

/** One token of running text, with its character offsets (`end` exclusive) into the input. */
export interface TextToken {
  text: string;
  start: number;
  end: number;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/[^\s"“”<>]+[^\s"“”<>.,;:!?)\]'’]`, // URLs, without trailing punctuation
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail addresses
    String.raw`(?:\p{L}{1,2}\.){2,}`, // U.S., U.N., e.g., Ph.D.
    // words and numbers: O'Brien, Anglo-Irish, AT&T, 10-year-old, 1,200, 3.5, 12:30, 1996-08-22, players'
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+|[.,:/]\d+)*'?`,
    String.raw`\.{2,}|…`, // ellipses
    String.raw`--+|[-–—]`, // dashes
    String.raw`[^\s]`, // any other symbol on its own
  ].join('|'),
  'gu',
);

/**
 * Splits running text into CoNLL-style tokens: punctuation split off, clitics ("'s", "n't") split,
 * letter abbreviations ("U.S.") and listed abbreviations ("Mr.") keep their full stop, hyphenated words
 * stay whole, quotes and dashes (straight or typographic) are tokens of their own.
 */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  const pattern = new RegExp(TOKEN);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const word = match[0];
    // A listed abbreviation or a single capital initial takes the full stop right after it (the cheap test first).
    if (text[end] === '.' && /^[\p{L}\p{M}\p{N}]/u.test(word)) {
      if ((ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) && !startsEllipsis(text, end)) {
        pushWord(tokens, text, start, end + 1);
        pattern.lastIndex = end + 1;
        continue;
      }
    }
    pushWord(tokens, text, start, end);
  }
  return tokens;
}

/** "Inc..." is a word then an ellipsis, not "Inc." then "..". */
function startsEllipsis(text: string, dot: number): boolean {
  return text[dot + 1] === '.';
}

function pushWord(tokens: TextToken[], text: string, start: number, end: number): void {
  const word = text.slice(start, end);
  const clitic = word.length > 2 ? cliticAtEnd(word) : undefined;
  if (clitic !== undefined) {
    const cut = end - clitic.length;
    tokens.push({ text: text.slice(start, cut), start, end: cut });
    tokens.push({ text: text.slice(cut, end), start: cut, end });
    return;
  }
  if (word.length > 1 && word.endsWith("'")) {
    // A trailing apostrophe ("players'" possessive, or a closing quote) is a token of its own, as in CoNLL.
    tokens.push({ text: word.slice(0, -1), start, end: end - 1 });
    tokens.push({ text: word.slice(-1), start: end - 1, end });
    return;
  }
  tokens.push({ text: word, start, end });
}

/** The clitic the word ends with, if any; every clitic has an apostrophe, so most words are ruled out by one scan. */
function cliticAtEnd(word: string): string | undefined {
  if (word.indexOf("'") < 0 && word.indexOf('’') < 0) return undefined;
  const normal = word.replace(/’/g, "'").toLowerCase();
  return CLITICS.find((clitic) => normal.endsWith(clitic) && normal.length > clitic.length);
}
