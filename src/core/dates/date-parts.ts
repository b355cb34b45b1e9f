/** A calendar date with optional wall-clock time and optional UTC offset, as read from a page. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC, when the text gives an offset or a known zone abbreviation. */
  offsetMinutes?: number;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** Days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Whether the parts name a real date (and time) in the range news pages use. */
export function isValidParts(p: DateParts): boolean {
  if (!Number.isInteger(p.year) || p.year < MIN_YEAR || p.year > MAX_YEAR) return false;
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysInMonth(p.year, p.month)) return false;
  if (p.hour !== undefined && (p.hour < 0 || p.hour > 23)) return false;
  if (p.minute !== undefined && (p.minute < 0 || p.minute > 59)) return false;
  if (p.second !== undefined && (p.second < 0 || p.second > 60)) return false;
  if (p.offsetMinutes !== undefined && Math.abs(p.offsetMinutes) > 14 * 60) return false;
  return true;
}

/** Lower-case, accent-free form used for matching month names and labels in any script. */
export function foldDateText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');
}
