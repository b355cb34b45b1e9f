/**
 * Text prepared for date matching. Every parser here matches on the folded form so one pattern
 * covers "Şubat"/"subat", "février"/"fevrier", "٢٥"/"25", NBSP/space; the map back to input
 * positions lets `findVisibleDates` report where a date was found.
 */

/** The folded text and its map back to the input. */
export interface FoldedText {
  /** Lower-case, without diacritics, ASCII digits, one space for any whitespace run. */
  lower: string;
  /** The same characters with case kept: zone abbreviations are told from words by case ("EST" vs French "est"). */
  cased: string;
  /** `toInput[i]` is the input index of `lower[i]`; one extra entry maps the end of the text. */
  toInput: number[];
}

/** Letters that do not decompose under NFD but are read as their base letter in month names and labels. */
const LETTER_FOLDS: Record<string, string> = {
  ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', ς: 'σ', ى: 'ي', ـ: '',
};

/**
 * Digit blocks pages use for dates: Arabic-Indic, Extended Arabic-Indic (Persian, Urdu), Devanagari,
 * Bengali, full-width (CJK).
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];

/** A digit of any block {@link foldText} reads as ASCII (built from DIGIT_ZEROS): a cheap test before parsing a line for dates. */
const DATE_DIGIT = new RegExp(`[0-9${DIGIT_ZEROS.map((z) => `\\u{${z.toString(16)}}-\\u{${(z + 9).toString(16)}}`).join('')}]`, 'u');

/** Whether text holds a digit a date could be written with ("25", "٢٥", "２５"); `/\d/` sees ASCII only. */
export function hasDateDigit(text: string): boolean {
  return DATE_DIGIT.test(text);
}

/** Punctuation variants with one ASCII meaning for the patterns. */
const PUNCTUATION_FOLDS: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\uff0d': '-', '\uff0f': '/', '\uff1a': ':', '\uff0e': '.', '\uff0c': ',', '\u060c': ',', '\u2019': "'", '\u2018': "'",
  '\uff08': '(', '\uff09': ')',
};

const COMBINING_MARK = /\p{M}/u;
const INVISIBLE = /[\p{Cf}\p{Cc}]/u;
const SPACE = /\s/u;

/** Folds one code point to [cased, lower], or null to drop it (combining marks, format characters). */
function foldChar(ch: string): [string, string] | null {
  if (ch.length > 1) return ['\ufffd', '\ufffd']; // astral symbols (emoji) are never part of a date; keep one unit
  if (SPACE.test(ch)) return [' ', ' '];
  if (COMBINING_MARK.test(ch) || INVISIBLE.test(ch)) return null;
  const code = ch.charCodeAt(0);
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) {
      const digit = String(code - zero);
      return [digit, digit];
    }
  }
  const punct = PUNCTUATION_FOLDS[ch];
  if (punct) return [punct, punct];
  const letter = LETTER_FOLDS[ch];
  if (letter !== undefined) return letter ? [letter, letter.toLowerCase()] : null;
  if (code < 0x80) return [ch, ch.toLowerCase()];
  // NFD splits "é" into "e" + a combining accent; syllables that split into letters (Hangul) stay whole.
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
  const cased = base.length === 1 ? base : ch;
  const lower = cased.toLowerCase();
  return [cased, lower.length === 1 ? (LETTER_FOLDS[lower] || lower) : cased];
}

/** ASCII folds, precomputed: most page text is ASCII and this runs on thousands of lines per page. */
const ASCII_FOLDS: ([string, string] | null)[] = Array.from({ length: 0x80 }, (_, code) => foldChar(String.fromCharCode(code)));

/** Non-ASCII folds need Unicode normalisation, which is slow; pages repeat the same few hundred letters. */
const foldCache = new Map<string, [string, string] | null>();
const MAX_CACHE = 4096;

function foldCached(ch: string): [string, string] | null {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return ASCII_FOLDS[code];
  }
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = foldChar(ch);
    if (foldCache.size < MAX_CACHE) foldCache.set(ch, folded);
  }
  return folded;
}

/** Anything but printable ASCII and single spaces needs the character-by-character fold. */
const NOT_PLAIN_ASCII = /[^\x20-\x7e]|  /;

/** Folds text for matching; whitespace runs become one space, so patterns need no `\s+`. */
export function foldText(text: string): FoldedText {
  // Most lines are plain ASCII with single spaces, where folding is just lower-casing.
  if (!NOT_PLAIN_ASCII.test(text)) {
    const toInput = new Array<number>(text.length + 1);
    for (let i = 0; i <= text.length; i++) toInput[i] = i;
    return { lower: text.toLowerCase(), cased: text, toInput };
  }
  let lower = '';
  let cased = '';
  const toInput: number[] = [];
  let i = 0;
  for (const ch of text) {
    const folded = foldCached(ch);
    if (folded && !(folded[0] === ' ' && lower.endsWith(' '))) {
      cased += folded[0];
      lower += folded[1];
      toInput.push(i);
    }
    i += ch.length;
  }
  toInput.push(i);
  return { lower, cased, toInput };
}

/** The folded lower-case form of a table entry (month name, label); tables are folded the same way as text. */
export function foldWord(word: string): string {
  return foldText(word.normalize('NFC')).lower.trim();
}
