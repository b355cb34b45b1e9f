import { ROLE_HEADS, ROLE_MODIFIERS, ROLE_TIME_WORDS, roleKey } from './role-words';

/** A word's characters, and the ones a word may start with (see {@link lastWord}). */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}.’'-]$/u;
const WORD_START = /^[\p{L}\p{M}]$/u;
const MAX_ROLE_WORDS = 6;

/**
 * The title printed before a name: "Prime Minister Nikol Pashinyan" → "Prime Minister",
 * "Former Armenian President Robert Kocharian" → "former President", "Apple's chief executive Tim
 * Cook" → "chief executive". `before` is the block text up to the name. An affiliation between the
 * time word and the title (a demonym, a country's or company's name) is not part of the role.
 */
export function roleBeforeName(before: string): string | null {
  const words = trailingWords(before, MAX_ROLE_WORDS + 4);
  let i = words.length - 1;
  const role: string[] = [];
  while (i >= 0 && role.length < MAX_ROLE_WORDS && isRoleWord(words[i])) role.unshift(words[i--]);
  // "of", "for", "and" join role words ("Secretary of State") but cannot start or end a role.
  while (role.length && isJoiner(role[0])) role.shift();
  if (!role.some(hasHead)) return null;
  // An affiliation ("Armenian", "Apple's", "U.S.") may sit between a time word and the title.
  let j = i;
  for (let k = 0; k < 3 && j >= 0 && /^\p{Lu}/u.test(words[j]) && !ROLE_TIME_WORDS.has(roleKey(words[j])); k++) j--;
  const time = j >= 0 && j < i && ROLE_TIME_WORDS.has(roleKey(words[j])) ? [words[j]] : [];
  const leadTime = role.length > 0 && ROLE_TIME_WORDS.has(roleKey(role[0])) ? [] : time;
  return formatRole([...leadTime, ...role]);
}

/**
 * The role given in an apposition right after a name: "Robert Kocharian, the former president, said"
 * → "former president"; "X, the chief executive of Y," → "chief executive"; "X, Armenia's prime
 * minister," → "prime minister". `after` is the block text from the end of the name.
 */
export function roleAfterName(after: string): string | null {
  const m = /^,\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{Lu}][\p{L}.’'-]*(?:’s|'s)\s+)?((?:[\p{L}.’'-]+\s+){0,5}?[\p{L}.’'-]+?)(?=\s+(?:of|for|at|in|with|to)\s|\s*[,.;)]|\s+(?:said|says|told|added|who|and)\b)/u.exec(after.slice(0, 120));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  if (words.length > MAX_ROLE_WORDS || !words.every(isRoleWord) || isJoiner(words[words.length - 1])) return null;
  if (!words.some(hasHead)) return null;
  // A capitalised first word after the comma is a name or a place ("Paris, France"), not a role, unless it is a title word.
  return formatRole(words);
}

function isRoleWord(word: string): boolean {
  // "ex-president", "then-premier": a time word glued to a role word.
  const glued = /^(?:ex|then|former)[-‐](.+)$/i.exec(word);
  const key = roleKey(glued ? glued[1] : word);
  return ROLE_HEADS.has(key) || ROLE_MODIFIERS.has(key) || ROLE_TIME_WORDS.has(key);
}

function hasHead(word: string): boolean {
  return ROLE_HEADS.has(roleKey(word.replace(/^(?:ex|then|former)[-‐]/i, '')));
}

function isJoiner(word: string): boolean {
  return word === 'of' || word === 'for' || word === 'and';
}

function trailingWords(text: string, n: number): string[] {
  // Only words joined by plain spaces count: a comma or a full stop ends the phrase.
  const tail = text.slice(-160);
  if (!/[\p{L}.’']\s+$/u.test(tail) && !/\s$/.test(tail)) return [];
  const words: string[] = [];
  let rest = tail.trimEnd();
  while (words.length < n) {
    const m = lastWord(rest);
    if (!m) break;
    words.unshift(m.word);
    rest = rest.slice(0, m.index);
    if (!/^[^\S\n]+$/.test(rest.slice(-1)) || rest.trim() === '') break;
    rest = rest.trimEnd();
  }
  return words;
}

function formatRole(words: string[]): string {
  return words.map((w, i) => (i === 0 && ROLE_TIME_WORDS.has(roleKey(w)) ? w.toLowerCase() : w)).join(' ');
}

/**
 * The last word of `text`, as `/[\p{L}\p{M}][\p{L}\p{M}\p{N}.’'-]*$/u.exec(text)` finds it (its
 * leftmost match): the first letter or mark inside the trailing run of word characters. Found by
 * reading back from the end, since the regex engine would try a match at every position of the text
 * (this runs for every mention of every person).
 */
export function lastWord(text: string): { index: number; word: string } | null {
  let from = text.length;
  while (from > 0) {
    const at = codePointStart(text, from);
    if (!isWordChar(text, at, from)) break;
    from = at;
  }
  for (let i = from; i < text.length; ) {
    const next = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
    const c = text.charCodeAt(i);
    const starts = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD_START.test(text.slice(i, next));
    if (starts) return { index: i, word: text.slice(i) };
    i = next;
  }
  return null;
}

/** Start of the code point that ends at `end` (a surrogate pair is one character). */
function codePointStart(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return end - 2;
  }
  return end - 1;
}

function isWordChar(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45;
  return WORD_CHAR.test(text.slice(start, end));
}
