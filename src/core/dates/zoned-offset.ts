import type { DateParts } from './date-parts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Intl formatters are slow to build and this runs for every date on every page: one per zone. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let fmt = formatters.get(timeZone);
  if (fmt !== undefined) return fmt;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
  } catch {
    fmt = null; // RangeError: not a zone this runtime knows
  }
  formatters.set(timeZone, fmt);
  return fmt;
}

/** The zone's offset (minutes east of UTC) at a whole-second instant: the zone's wall clock minus UTC. */
function offsetAtInstant(fmt: Intl.DateTimeFormat, instant: number): number {
  const f: Record<string, number> = {};
  for (const part of fmt.formatToParts(new Date(instant))) if (part.type !== 'literal') f[part.type] = Number(part.value);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((wall - instant) / MINUTE);
}

/**
 * The UTC offset (minutes east) of an IANA zone at a wall-clock time in that zone, from Intl (no
 * tz library). Null for a zone the runtime does not know. A date without time is taken at 00:00.
 *
 * Wall-clock times around a DST change are resolved like Temporal's "compatible" option: in the
 * autumn hour that happens twice, the first (summer) offset; in the spring gap, which never
 * happens, the offset in force before the gap.
 */
export function zonedOffsetMinutes(timeZone: string, parts: DateParts): number | null {
  const fmt = formatterFor(timeZone);
  if (!fmt) return null;
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  // Offsets change at most once around any wall-clock time, so a day either side gives both candidates.
  const before = offsetAtInstant(fmt, wall - DAY);
  const after = offsetAtInstant(fmt, wall + DAY);
  const fits = (offset: number) => offsetAtInstant(fmt, wall - offset * MINUTE) === offset;
  const fitting = [before, after].filter(fits);
  if (fitting.length === 0) return before; // the spring gap
  return Math.max(...fitting); // the earlier instant when the wall-clock time happens twice
}
