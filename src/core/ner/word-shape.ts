/** Character class of a word's characters: X upper, x lower, d digit, other characters as themselves. */
function classOf(code: number, char: string): string {
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return char;
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  if (lower !== upper) return char === upper ? 'X' : 'x';
  return char;
}

/**
 * Word shape with runs capped at two ("Pashinyan" → "Xxx", "U.S." → "X.X.", "1996-08-22" → "dd-dd-dd"),
 * and the short shape with every run collapsed ("Xx", "X.X.", "d-d-d").
 */
export function wordShapes(word: string): [shape: string, short: string] {
  let shape = '';
  let short = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length && i < 40; i++) {
    const c = classOf(word.charCodeAt(i), word[i]);
    if (c === last) {
      run++;
    } else {
      run = 1;
      last = c;
      short += c;
    }
    if (run <= 2) shape += c;
  }
  return [shape, short];
}

/** Whether the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Whether the word has letters and none of them lower-case. */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}
