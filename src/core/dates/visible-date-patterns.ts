import { expandTwoDigitYear, isValidCalendarDate, type CalendarDate } from './date-parts';
import { lookupMonth } from './month-lookup';

/**
 * The shapes a day is written in, matched on folded text (see fold-text.ts: lower case, no
 * diacritics, ASCII digits, single spaces). No quantifier is nested over the same characters and
 * every repetition is bounded by a different character class after it, so matching stays linear.
 */

/** A day found in folded text, with its position. */
export interface DateSpan extends CalendarDate {
  start: number;
  end: number;
}

interface DatePattern {
  re: RegExp;
  /** The day the match names, or null when it names none (not a month, 31 February, a version number). */
  read: (m: RegExpExecArray, monthFirst: boolean) => CalendarDate | null;
}

/**
 * A month word: any run of letters, looked up in the month table after the match (so one pattern
 * serves every language). The Levantine Arabic names are two words: "كانون الثاني", "تشرين الأول".
 */
const MONTH = '(\\p{L}+(?: (?:ال)?(?:ثاني|اول))?)';
/** A second name for the same month, as Arabic pages print them: "فبراير/شباط", "شباط (فبراير)". */
const MONTH_ALIAS = `(?: ?[/(] ?${MONTH}\\)?)?`;
/** Ordinal endings after the day: 25th, 1er, 1º. */
const DAY_SUFFIX = '(?:st|nd|rd|th|er|º|ª|°)?';
/** Not in the middle of a word or of a longer number ("v2.5.2021", "1.25.02.2021", "x12/03/2021"). */
const NOT_AFTER_WORD = '(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}]|\\p{N}[.,:/-])';
/** Not followed by more digits: "25.02.20215", "2021-02-25.3". */
const NOT_BEFORE_NUMBER = '(?![\\p{N}]|[.,/-]\\p{N})';
/**
 * A 2-digit year, which is neither an hour nor a count: "25 Feb 21" yes; "25 Feb 21:30",
 * "25 Feb 10 am", "3 May 21 people" no.
 */
const TWO_DIGIT_YEAR = "'?\\d{2}(?![\\p{N}]|[:.,h]\\p{N}| ?[ap]\\.? ?m(?![\\p{L}])| \\p{L})";

/** Words before a number that make "2.5.2021" a version, not a date. */
const VERSION_BEFORE = /(?:^|[^\p{L}])(?:v|ver|version|versao|versione|versie|surum|версия|wersja)\.? ?$/u;

function month(word: string, alias: string | undefined): number | null {
  const m = lookupMonth(word);
  // An alias must name the same month; "Feb/Mar" is a range, not a date.
  return m !== null && (alias === undefined || lookupMonth(alias) === m) ? m : null;
}

function year(text: string): number {
  const digits = text.replace("'", '');
  return digits.length === 2 ? expandTwoDigitYear(Number(digits)) : Number(digits);
}

function isVersion(m: RegExpExecArray): boolean {
  return VERSION_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index));
}

/** Day and month from two numbers: one above 12 decides; else dots mean day-first; else the language. */
function numericDayMonth(a: number, b: number, separator: string, monthFirst: boolean): { day: number; month: number } {
  const mf = a > 12 ? false : b > 12 ? true : separator === '.' ? false : monthFirst;
  return mf ? { month: a, day: b } : { month: b, day: a };
}

const DATE_PATTERNS: DatePattern[] = [
  {
    // 25 February 2021 · 25. Februar 2021 · 25 de febrero de 2021 · 25th of February, 2021 · 25-Feb-21 · 25 فبراير/شباط 2021
    re: new RegExp(
      `(?<![\\p{L}\\p{N}]|\\p{N}[.,:])(\\d{1,2})${DAY_SUFFIX}\\.?(?: ?[-/] ?| )?(?:(?:de|of) )?${MONTH}${MONTH_ALIAS}\\.?,?` +
        `(?: ?[-/] ?| )?(?:(?:de|del|of) )?(\\d{4}(?!\\p{N})|${TWO_DIGIT_YEAR})(?![.,/-]\\p{N})`,
      'gu',
    ),
    read: (m) => {
      const mo = month(m[2], m[3]);
      return mo ? { year: year(m[4]), month: mo, day: Number(m[1]) } : null;
    },
  },
  {
    // February 25, 2021 · Feb. 25, 2021 · February 25th 2021 · Feb 25 '21
    re: new RegExp(
      `(?<![\\p{L}])${MONTH}${MONTH_ALIAS}\\.? ?(\\d{1,2})(?![\\p{N}]|[:.h]\\p{N})(?:st|nd|rd|th)?` +
        `(?:, ?| |\\. ?| ?- ?)(?:of )?(\\d{4}|'\\d{2})(?![\\p{N}]|[:.,h]\\p{N})`,
      'gu',
    ),
    read: (m) => {
      const mo = month(m[1], m[2]);
      return mo ? { year: year(m[4]), month: mo, day: Number(m[3]) } : null;
    },
  },
  {
    // 2021. február 25. (Hungarian) · 2021 Feb 25 · 2021-Feb-25
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{4})(?:\\. ?|, ?| ?- ?| )${MONTH}\\.?(?: ?- ?| )(\\d{1,2})(?![\\p{N}]|[:.h]\\p{N})\\.?`,
      'gu',
    ),
    read: (m) => {
      const mo = month(m[2], undefined);
      return mo ? { year: Number(m[1]), month: mo, day: Number(m[3]) } : null;
    },
  },
  {
    // 2021年2月25日 · 2021년 2월 25일 · 2021年02月25号
    re: /(?<!\p{N})(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일号號]/gu,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // 2021-02-25 · 2021/02/25 (year first is never ambiguous)
    re: new RegExp(`${NOT_AFTER_WORD}(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})${NOT_BEFORE_NUMBER}`, 'gu'),
    read: (m) => (isVersion(m) ? null : { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }),
  },
  {
    // 2021.02.25 · 2021. 2. 25. (Korean, Hungarian)
    re: new RegExp(`${NOT_AFTER_WORD}(\\d{4})\\. ?(\\d{1,2})\\. ?(\\d{1,2})${NOT_BEFORE_NUMBER}\\.?`, 'gu'),
    read: (m) => (isVersion(m) ? null : { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // 25/02/2021 · 02/25/2021 · 25-02-2021: order by the numbers, else by language
    re: new RegExp(`${NOT_AFTER_WORD}(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})${NOT_BEFORE_NUMBER}`, 'gu'),
    read: (m, monthFirst) => (isVersion(m) ? null : { year: Number(m[4]), ...numericDayMonth(Number(m[1]), Number(m[3]), m[2], monthFirst) }),
  },
  {
    // 25.02.2021 · 25. 2. 2021 (Czech, Slovak)
    re: new RegExp(`${NOT_AFTER_WORD}(\\d{1,2})\\. ?(\\d{1,2})\\. ?(\\d{4})${NOT_BEFORE_NUMBER}`, 'gu'),
    read: (m, monthFirst) => (isVersion(m) ? null : { year: Number(m[3]), ...numericDayMonth(Number(m[1]), Number(m[2]), '.', monthFirst) }),
  },
];

/**
 * Every day written in folded text, in order, without overlaps (where two shapes overlap, the one
 * that starts first wins, then the longer). Dates without a year ("Oct 20") are not dates here:
 * guessing the year is how `new Date("Oct 20")` lands in 2001.
 */
export function findDateSpans(folded: string, monthFirst: boolean): DateSpan[] {
  const found: DateSpan[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const date = read(m, monthFirst);
      if (date && isValidCalendarDate(date.year, date.month, date.day)) {
        found.push({ year: date.year, month: date.month, day: date.day, start: m.index, end: m.index + m[0].length });
      } else {
        // A rejected match ("Thursday 25" read as a month) may hide a real date that overlaps it.
        re.lastIndex = m.index + 1;
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateSpan[] = [];
  for (const span of found) if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  return kept;
}
