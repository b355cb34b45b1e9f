import { allAgencyCodes, allAgencyNames } from '../sources/registry';

/**
 * Finds agency names and codes in credit text by looking words up in tables.
 *
 * Why not one regular expression per credit shape: an alternation of every agency name and code
 * (about 300 of them, in Unicode case-insensitive mode) costs Chromium ~10 ms to compile per
 * pattern, ~40 ms on every article page a fresh renderer opens. Here the only patterns are a word
 * finder and a few one-character tests; names are found through a map keyed by their first word.
 *
 * The shapes are those the regular expressions described, with the same preference where several
 * readings fit: at a position, full names before codes and longer before shorter; a credit list
 * as long as the rest of the shape allows.
 */

/** A letter or digit: credits are whole words, so neither may touch a name on either side. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{N}]+/uy;
const SPACE = /\s/u;

interface Candidates {
  /** First word (lower-cased unless `exactCase`) → names starting with it, in preference order. */
  byFirstWord: Map<string, string[]>;
  exactCase: boolean;
}

interface Tables {
  /** Full names and codes, any case: what datelines, lead-ins and bare lines credit. */
  any: Candidates;
  /** Full names only, any case. */
  names: Candidates;
  /** Codes in the agency's own case ("AP", "dpa"). */
  codes: Candidates;
}

let tables: Tables | null = null;

function candidates(lists: string[][], exactCase: boolean): Candidates {
  const byFirstWord = new Map<string, string[]>();
  for (const list of lists) {
    for (const raw of list) {
      const name = exactCase ? raw : lower(raw);
      const key = wordAt(name, 0);
      if (!key) continue;
      const bucket = byFirstWord.get(key);
      if (bucket) bucket.push(name);
      else byFirstWord.set(key, [name]);
    }
  }
  return { byFirstWord, exactCase };
}

/** Built on first use, so pages that are not articles never pay for it. */
function creditTables(): Tables {
  if (tables) return tables;
  // Both lists come longest first; names are tried before codes.
  const names = allAgencyNames();
  const codes = allAgencyCodes();
  tables = { any: candidates([names, codes], false), names: candidates([names], false), codes: candidates([codes], true) };
  return tables;
}

/** Lower case that keeps every position (a letter whose lower case is longer stays as it is). */
function lower(text: string): string {
  const folded = text.toLowerCase();
  if (folded.length === text.length) return folded;
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

/** The run of letters and digits starting at `pos` ('' when none starts there). */
function wordAt(text: string, pos: number): string {
  WORD_RUN.lastIndex = pos;
  const m = WORD_RUN.exec(text);
  return m ? m[0] : '';
}

function isWordChar(text: string, pos: number): boolean {
  if (pos < 0 || pos >= text.length) return false;
  const code = text.charCodeAt(pos);
  // Surrogate halves: test the whole code point.
  if (code >= 0xdc00 && code <= 0xdfff && pos > 0) return WORD_CHAR.test(text.slice(pos - 1, pos + 1));
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(pos, pos + 2));
  return WORD_CHAR.test(text[pos]);
}

/** Where each run of letters and digits starts, in order (one pattern pass instead of a test per character). */
function* wordStarts(text: string): Generator<number> {
  // A pattern of its own per walk: the callers' lookups use WORD_RUN meanwhile.
  const words = new RegExp(WORD_RUN.source, 'gu');
  for (let m = words.exec(text); m; m = words.exec(text)) yield m.index;
}

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && SPACE.test(text[pos])) pos++;
  return pos;
}

/** The text prepared for lookups: itself and (for any-case tables) its lower case. */
interface Subject {
  text: string;
  folded: string;
}

function subject(text: string): Subject {
  return { text, folded: lower(text) };
}

/** Ends of the agency names or codes of `c` that start at `pos`, in preference order. */
function* agencyEnds(s: Subject, pos: number, c: Candidates): Generator<number> {
  const hay = c.exactCase ? s.text : s.folded;
  const bucket = c.byFirstWord.get(wordAt(hay, pos));
  if (!bucket) return;
  for (const name of bucket) if (hay.startsWith(name, pos)) yield pos + name.length;
}

/** A separator of agencies in a credit list: "/", ",", "&", or (in lead-ins) a conjunction. */
type Separators = readonly string[];
const LIST_MARKS: Separators = ['/', ',', '&'];
const LIST_MARKS_AND_WORDS: Separators = ['/', ',', '&', 'and', 'et', 'und', 'y', 'e'];

/**
 * Ends of credit lists starting at `pos` ("AFP/dpa", "Reuters and AP"), in the order a greedy
 * regular expression would try them: longer lists first.
 */
function* listEnds(s: Subject, pos: number, separators: Separators, c: Candidates): Generator<number> {
  for (const end of agencyEnds(s, pos, c)) {
    const afterSpaces = skipSpaces(s.text, end);
    for (const sep of separators) {
      if (!s.folded.startsWith(sep, afterSpaces)) continue;
      yield* listEnds(s, skipSpaces(s.text, afterSpaces + sep.length), separators, c);
    }
    yield end;
  }
}

/** Leftmost full agency name as a whole word (any case), as written; null when none. */
export function findAgencyName(text: string): string | null {
  return findWhole(subject(text), creditTables().names);
}

/** Leftmost agency code as a whole word in the agency's own case ("AP", "dpa"), or null. */
export function findAgencyCode(text: string): string | null {
  return findWhole(subject(text), creditTables().codes);
}

function findWhole(s: Subject, c: Candidates): string | null {
  for (const pos of wordStarts(s.text)) {
    for (const end of agencyEnds(s, pos, c)) if (!isWordChar(s.text, end)) return s.text.slice(pos, end);
  }
  return null;
}

/** Most letters of one regional-service suffix: "(dpa/lni)". */
const MAX_SUFFIX = 24;

/**
 * The credit in a dateline's parentheses followed by a dash, colon or bar (or the end):
 * "MADRID (AP) —" → "AP", "(dpa/lni) -" → "dpa/lni", "Madrid, 25 feb (EFE).-" → "EFE"; with the place
 * inside, in any position: "(서울=연합뉴스)" → "연합뉴스". Regional services of an agency follow a
 * slash, comma or dash. Then the slash and bracket shapes of Russian and Japanese wire datelines
 * ("/ТАСС/.", "【ワシントン共同】"). Null when there is none.
 */
export function datelineCredit(text: string): string | null {
  const s = subject(text);
  const { any } = creditTables();
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const afterPlace = placeEnd(text, open + 1);
    const start = skipSpaces(text, afterPlace);
    for (const end of agencyEnds(s, start, any)) {
      const last = serviceSuffixesEnd(text, end);
      const close = skipSpaces(text, last);
      if (text[close] !== ')') continue;
      // "(서울=연합뉴스)": the place and the agency together are the whole dateline, whatever follows.
      if (afterPlace > open + 1) return text.slice(start, last);
      // "(EFE).-": Spanish wire copy puts a full stop before the dash.
      const dot = text[close + 1] === '.' ? close + 2 : close + 1;
      const after = skipSpaces(text, dot);
      if (after === text.length || '-—–:|'.includes(text[after])) return text.slice(start, last);
    }
  }
  return slashCredit(text, s, any) ?? bracketCredit(text, s, any);
}

/** Most characters of a place glued before the agency in "【ワシントン共同】". */
const MAX_BRACKET = 24;

/**
 * The agency at the end of a Japanese dateline in lenticular brackets, glued to the place as
 * Japanese papers print wire copy: "【ワシントン共同】" (Kyodo), "【北京時事】" (Jiji).
 */
function bracketCredit(text: string, s: Subject, any: Candidates): string | null {
  for (let open = text.indexOf('【'); open >= 0; open = text.indexOf('【', open + 1)) {
    const close = text.indexOf('】', open + 1);
    if (close < 0 || close - open > MAX_BRACKET) continue;
    for (let p = open + 1; p < close; p++) {
      for (const end of agencyEnds(s, p, any)) if (end === close) return text.slice(p, end);
    }
  }
  return null;
}

/**
 * Where the agency starts inside a dateline's parentheses: after "place=", as Korean papers write
 * "(서울=연합뉴스)"; else right after the parenthesis.
 */
function placeEnd(text: string, from: number): number {
  for (let p = from; p < text.length && p - from <= MAX_PLACE; p++) {
    const c = text[p];
    if (c === '=') return p + 1;
    if (c === ')' || c === '(') break;
  }
  return from;
}

/** Most characters of a place before "=" in a dateline: "(서울=연합뉴스)", "(워싱턴=연합뉴스)". */
const MAX_PLACE = 20;

/**
 * The credit between slashes with which Russian agencies end their datelines: "МОСКВА, 25 февраля.
 * /ТАСС/." The first slash starts the text or follows a space; a full stop, dash or the end follows.
 */
function slashCredit(text: string, s: Subject, any: Candidates): string | null {
  for (let open = text.indexOf('/'); open >= 0; open = text.indexOf('/', open + 1)) {
    if (open > 0 && !SPACE.test(text[open - 1])) continue;
    for (const end of agencyEnds(s, open + 1, any)) {
      if (text[end] !== '/') continue;
      const after = end + 1;
      if (after === text.length || '.-—–:'.includes(text[after])) return text.slice(open + 1, end);
    }
  }
  return null;
}

/** The end of "/lni", "-Foto", ", Bayern"… after an agency code, greedy like the pattern it replaces. */
function serviceSuffixesEnd(text: string, pos: number): number {
  let end = pos;
  for (;;) {
    const sep = skipSpaces(text, end);
    if (!'/,-'.includes(text[sep] ?? 'x')) return end;
    let p = skipSpaces(text, sep + 1);
    const from = p;
    while (p < text.length && p - from < MAX_SUFFIX && (text[p] === '-' || isLetter(text, p))) p++;
    if (p === from) return end;
    end = p;
  }
}

const LETTER = /\p{L}/u;
function isLetter(text: string, pos: number): boolean {
  return LETTER.test(text[pos]);
}

/** Words that introduce a credit: "avec AFP", "with Reuters", "Source: EFE", "mit dpa". */
const LEAD_WORDS = [
  'avec', 'with', 'mit', 'con', 'com', 'met', 'ile', 'från', 'med', 'z', 'and', 'et', 'und', 'y', 'e',
  'source', 'sources', 'fuente', 'fuentes', 'quelle', 'fonte', 'kaynak', 'bron', 'źródło', 'источник',
  'agencies', 'agences', 'agencias', 'agenturen',
  // "Com informações da Agência Brasil", "con información de EFE", "Sumber: Antara", "المصدر: رويترز", "来源：新华社".
  'com informações da', 'com informações do', 'com informações de', 'com informacoes da', 'com informacoes do',
  'informações da', 'informações do', 'con información de', 'con informacion de', 'con informazioni di',
  'sumber', 'المصدر', 'مصدر', '来源', '來源', '出典', '출처', 'джерело',
];

/** The credit after a lead-in word: "Par Le Journal avec AFP" → "AFP"; "Source: Reuters and AP" → "Reuters and AP". */
export function leadInCredit(text: string): string | null {
  const s = subject(text);
  const { any } = creditTables();
  for (const pos of wordStarts(text)) {
    for (const word of LEAD_WORDS) {
      if (!s.folded.startsWith(word, pos)) continue;
      let start = skipSpaces(text, pos + word.length);
      if (text[start] === ':' || text[start] === '：') start = skipSpaces(text, start + 1);
      for (const end of listEnds(s, start, LIST_MARKS_AND_WORDS, any)) if (!isWordChar(text, end)) return text.slice(start, end);
    }
  }
  return null;
}

/** What marks a copyright notice: "©", "(c)", "Copyright". */
const COPYRIGHT_MARK = /©|\(c\)|copyright/giu;

/**
 * The agencies a copyright notice names, wherever it stands in the line: "RIPRODUZIONE RISERVATA ©
 * Copyright ANSA", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "Copyright 2021 The Associated Press.
 * All rights reserved." Null when the holder after the mark (and a year) is not an agency.
 */
export function copyrightCredit(text: string): string | null {
  const s = subject(text);
  const { any } = creditTables();
  COPYRIGHT_MARK.lastIndex = 0;
  for (let m = COPYRIGHT_MARK.exec(text); m; m = COPYRIGHT_MARK.exec(text)) {
    let start = skipSpaces(text, m.index + m[0].length);
    for (;;) {
      const more = /^(?:©|\(c\)|copyright|\d{4}(?:\s*[-–]\s*\d{4})?,?)\s*/iu.exec(text.slice(start, start + 24));
      if (!more) break;
      start += more[0].length;
    }
    for (const end of listEnds(s, start, LIST_MARKS, any)) if (!isWordChar(text, end)) return text.slice(start, end);
  }
  return null;
}

/**
 * A whole line that is only a credit, with an optional dash, ©, "(c)" or parenthesis and year before
 * it: "- Anadolu Agency", "(AFP)", "AFP/dpa", "© 2021 AP." → the credited names.
 */
export function bareLineCredit(text: string): string | null {
  const s = subject(text);
  const { any } = creditTables();
  const first = skipSpaces(text, 0);
  // With a mark before the name first, then without, as the greedy pattern tried them.
  const starts: number[] = [];
  if ('-—–©('.includes(text[first] ?? 'x')) starts.push(skipSpaces(text, first + 1));
  if (s.folded.startsWith('(c)', first)) starts.push(skipSpaces(text, first + 3));
  starts.push(first);
  for (const afterMark of starts) {
    const year = /^\d{4}\s+/.exec(text.slice(afterMark, afterMark + 12));
    const listStarts = year ? [skipSpaces(text, afterMark + 4), afterMark] : [afterMark];
    for (const start of listStarts) {
      for (const end of listEnds(s, start, LIST_MARKS, any)) if (onlyClosingAfter(text, end)) return text.slice(start, end);
    }
  }
  return null;
}

/** Whether only spaces, a closing parenthesis and a full stop (each optional, in that order) follow `pos`. */
function onlyClosingAfter(text: string, pos: number): boolean {
  let p = skipSpaces(text, pos);
  if (text[p] === ')') p = skipSpaces(text, p + 1);
  if (text[p] === '.') p = skipSpaces(text, p + 1);
  return p === text.length;
}
