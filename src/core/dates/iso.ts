import type { DateParts } from './date-parts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * The offset (minutes east of UTC) of an IANA zone at a wall-clock time in that zone, from Intl
 * (handles DST; no tz database of our own). Null for an unknown zone.
 */
export function zonedOffsetMinutes(timeZone: string, p: DateParts): number | null {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
  } catch {
    return null;
  }
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 12, p.minute ?? 0, p.second ?? 0);
  const offsetAt = (instant: number) => {
    const f: Record<string, number> = {};
    for (const part of fmt.formatToParts(new Date(instant))) if (part.type !== 'literal') f[part.type] = Number(part.value);
    return (Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - instant) / 60000;
  };
  // Two passes: the offset at "wall as if UTC" can differ from the offset at the real instant near DST changes.
  const first = offsetAt(wall);
  const second = offsetAt(wall - first * 60000);
  return Math.round(second);
}

function formatOffset(min: number): string {
  if (min === 0) return 'Z';
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/**
 * ISO 8601 text for parts: with the offset the page gave ("…T04:57:00+03:00", UTC as "Z"); else
 * with the offset of `timeZone` (the publisher's home zone) at that time; else local wall-clock time
 * without an offset; a date alone when there is no time. Never invents a zone.
 */
export function toIsoString(p: DateParts, timeZone?: string | null): string {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return date;
  const time = `${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}`;
  if (p.offsetMinutes !== undefined) return `${date}T${time}${formatOffset(p.offsetMinutes)}`;
  if (timeZone) {
    const off = zonedOffsetMinutes(timeZone, p);
    if (off !== null) return `${date}T${time}${formatOffset(off)}`;
  }
  return `${date}T${time}`;
}
