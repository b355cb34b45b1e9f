import type { DateParts } from './date-parts';
import { zonedOffsetMinutes } from './zoned-offset';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "+03:00", "-05:00", "+05:30"; UTC is written "Z" (never "+00:00"), which the UI shows as "UTC". */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * ISO 8601 text for parts, saying no more than the page said:
 * - with the page's own offset when it gave one: "2021-02-25T14:57:00+03:00" (UTC as "…Z");
 * - else, when `timeZone` (an IANA name, the publisher's home zone) is given and known, with that
 *   zone's offset at that wall-clock time, DST included;
 * - else local wall-clock time without offset: "2021-02-25T14:57:00";
 * - a date alone ("2021-02-25") when there is no time of day, whatever the zone.
 * Seconds are always printed. A zone is never invented.
 */
export function toIsoString(parts: DateParts, timeZone?: string | null): string {
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  if (parts.hour === undefined) return date;
  const dateTime = `${date}T${pad(parts.hour)}:${pad(parts.minute ?? 0)}:${pad(parts.second ?? 0)}`;
  const offset = parts.offsetMinutes ?? (timeZone ? zonedOffsetMinutes(timeZone, parts) : null);
  return offset === null ? dateTime : dateTime + formatOffset(offset);
}
