/**
 * The calendar value every parser in this folder returns, and the checks that keep impossible
 * values (30 February, month 13, 25:00) out. Plain numbers: a `Date` would silently roll
 * 30 February over to 2 March and would drag in the reader's time zone.
 */

/** A date as the text gave it, with the time of day and the UTC offset only when the text gave them. */
export interface DateParts {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31, checked against the month. */
  day: number;
  /** 0–23; absent when the text gave a date only. */
  hour?: number;
  /** 0–59; set whenever `hour` is. */
  minute?: number;
  /** 0–59; absent when the text gave no seconds. */
  second?: number;
  /** Minutes east of UTC, when the text gave an offset or a known zone abbreviation. */
  offsetMinutes?: number;
}

/** A day without time, as the date patterns produce it before a time is attached. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Years accepted from page text and structured data: wide enough for digitised archives, narrow
 * enough to reject placeholders such as "0001-01-01" and typos such as "20211". Epoch numbers and
 * URL paths are held to 1995–2100 by their own parsers, since there a number is more often an id.
 */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

/** Real-world UTC offsets lie between −12:00 and +14:00; the UI rejects anything beyond ±14 h too. */
export const MAX_OFFSET_MINUTES = 14 * 60;

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year, month and day name a real day within MIN_YEAR–MAX_YEAR. */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= MIN_YEAR && year <= MAX_YEAR &&
    month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

/**
 * True for a time of day on a 24-hour clock. 24:00 and the leap second 60 are rejected: both are
 * legal ISO 8601 but never what a news page means, and 24:00 would need a roll-over to the next day.
 */
export function isValidTime(hour: number, minute: number, second = 0): boolean {
  return (
    Number.isInteger(hour) && Number.isInteger(minute) && Number.isInteger(second) &&
    hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59
  );
}

/** True for an offset a real zone can have. */
export function isValidOffset(minutes: number): boolean {
  return Number.isInteger(minutes) && Math.abs(minutes) <= MAX_OFFSET_MINUTES;
}

/** True when every field present in `parts` is possible, and minutes/seconds/offset only come with an hour. */
export function isValidParts(parts: DateParts): boolean {
  if (!isValidCalendarDate(parts.year, parts.month, parts.day)) return false;
  if (parts.hour === undefined) {
    return parts.minute === undefined && parts.second === undefined && parts.offsetMinutes === undefined;
  }
  if (!isValidTime(parts.hour, parts.minute ?? 0, parts.second ?? 0)) return false;
  return parts.offsetMinutes === undefined || isValidOffset(parts.offsetMinutes);
}

/** The calendar date `days` away; used when an update given only as a time falls on the next day. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  // Arithmetic on numbers, not parsing of text, so Date.UTC is safe here.
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The wall-clock reading as milliseconds, as if it were UTC: orders two readings from one page. */
export function wallClockMillis(parts: DateParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

/** Two-digit years, only ever read next to a month name ("25 Feb 21"): 95–99 are 1995–1999, the rest 20xx. */
export function expandTwoDigitYear(yy: number): number {
  return yy >= 95 ? 1900 + yy : 2000 + yy;
}
