import { isValidParts, wallClockMillis, type CalendarDate, type DateParts } from './date-parts';
import { REJECTED, type MachineResult } from './machine-result';
import { parseZoneDesignator, resolveZone } from './zone-text';

const DAY_MS = 86_400_000;

/**
 * The date part, extended or basic: 2021-02-25 · 20210225 · 2021-W08-4 / 2021W084 (week date) ·
 * 2021-056 / 2021056 (ordinal date). Year-month alone ("2021-02") names no day and is not matched.
 */
const ISO_DATE = /^(\d{4})(?:-(\d{2})-(\d{2})|(\d{2})(\d{2})|-?W(\d{2})-?([1-7])|-?(\d{3}))(?!\d)/i;
/** The time part after "T" or a space: 04:57 · 04:57:00 · 04:57:00.123 · 0457 · 045700 · 04. */
const ISO_TIME = /^(?:T ?| )(\d{2})(?::(\d{2})(?::(\d{2}))?|(\d{2})(\d{2})?)?(?:[.,]\d{1,9})?/i;

/** The day of ISO week `week`, weekday 1 = Monday; the week's Thursday decides its year. */
function fromWeekDate(year: number, week: number, weekday: number): CalendarDate | null {
  const jan4 = Date.UTC(year, 0, 4);
  const week1Monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const monday = week1Monday + (week - 1) * 7 * DAY_MS;
  if (week < 1 || new Date(monday + 3 * DAY_MS).getUTCFullYear() !== year) return null; // no week 53 that year
  const d = new Date(monday + (weekday - 1) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function fromOrdinalDate(year: number, ordinal: number): CalendarDate | null {
  const d = new Date(Date.UTC(year, 0, ordinal));
  return ordinal >= 1 && d.getUTCFullYear() === year ? { year, month: d.getUTCMonth() + 1, day: d.getUTCDate() } : null;
}

/**
 * 1970-01-01T00:00 (or that instant in any zone) is what a CMS prints for a missing date stored as
 * epoch 0; no news page was published then.
 */
function isEpochZero(parts: DateParts): boolean {
  if (parts.hour === undefined) return parts.year === 1970 && parts.month === 1 && parts.day === 1;
  return wallClockMillis(parts) - (parts.offsetMinutes ?? 0) * 60_000 === 0;
}

/**
 * ISO 8601 / RFC 3339 in its variants: "2021-02-25", "2021-02-25T04:57:00+03:00", "2021-02-25T04:57Z",
 * "2021-02-25 04:57:00", "20210225T045700Z", fractional seconds (dropped), offsets "+03:00", "+0300",
 * "+03", a zone word (" UTC", " EST"), an RFC 9557 zone ("…[Europe/Istanbul]"), week and ordinal dates.
 * "-00:00" means "offset unknown" (RFC 3339) and gives none.
 */
export function parseIso8601(value: string): MachineResult {
  const date = ISO_DATE.exec(value);
  if (!date) return null;
  const year = Number(date[1]);
  let day: CalendarDate | null;
  if (date[2] !== undefined) day = { year, month: Number(date[2]), day: Number(date[3]) };
  else if (date[4] !== undefined) day = { year, month: Number(date[4]), day: Number(date[5]) };
  else if (date[6] !== undefined) day = fromWeekDate(year, Number(date[6]), Number(date[7]));
  else day = fromOrdinalDate(year, Number(date[8]));
  if (!day) return REJECTED;

  let rest = value.slice(date[0].length);
  const parts: DateParts = { year: day.year, month: day.month, day: day.day };
  const time = ISO_TIME.exec(rest);
  if (time) {
    parts.hour = Number(time[1]);
    parts.minute = Number(time[2] ?? time[4] ?? 0);
    const second = time[3] ?? time[5];
    if (second !== undefined) parts.second = Number(second);
    rest = rest.slice(time[0].length);
  }
  const zone = parseZoneDesignator(rest);
  if (zone === null) {
    // "+15:00" is an offset no zone has: impossible, not human text. Other trailing text may be.
    return /^\s*[+-]\d{2}:?\d{2}\s*$/.test(rest) ? REJECTED : null;
  }
  // A zone after a date alone ("2021-02-25Z") cannot be kept: an offset needs a time of day.
  if (zone !== 'none' && parts.hour !== undefined) {
    const offset = resolveZone(zone, parts);
    if (offset !== null) parts.offsetMinutes = offset;
  }
  return isValidParts(parts) && !isEpochZero(parts) ? parts : REJECTED;
}
