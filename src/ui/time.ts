/**
 * Display of the Annotation's times for the card and the popup. A page time comes in three shapes
 * (see `Annotation.published`), and each says something different:
 * - an instant ("2021-02-25T04:57:00+03:00"): shown in the reader's zone, with a relative time;
 * - a local wall-clock time without offset ("2021-02-25T04:57"): shown as the page printed it, since
 *   the zone is unknown; relative only in days or more, where ±14 h of zone cannot mislead;
 * - a date ("2021-02-25"): shown as a date, relative only in days or more.
 */

/** A page time, classified by how much it says. */
export type PageTime =
  | { kind: 'instant'; fields: DateFields; date: Date; offset: string }
  | { kind: 'wall-clock'; fields: DateFields }
  | { kind: 'date'; fields: DateFields };

/** Calendar fields as printed by the page, in the page's own zone. */
export interface DateFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Formatting context; defaults are the reader's locale, zone and clock. */
export interface TimeOptions {
  locale?: string;
  timeZone?: string;
  now?: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Below this, a time without zone (error up to ±14 h) or a bare date cannot be put relative to now. */
const ZONELESS_RELATIVE_MIN = 2 * DAY;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Parses an Annotation time string; null for anything else (never guesses). */
export function parsePageTime(iso: string | null | undefined): PageTime | null {
  const m = iso ? ISO.exec(iso.trim()) : null;
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const fields: DateFields = { year: +y, month: +mo, day: +d, hour: +(h ?? 0), minute: +(mi ?? 0), second: +(s ?? 0) };
  if (!validFields(fields)) return null;
  if (h === undefined) return { kind: 'date', fields };
  if (!zone) return { kind: 'wall-clock', fields };
  const offset = normaliseOffset(zone);
  const offsetMinutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (+offset.slice(1, 3) * 60 + +offset.slice(4, 6));
  if (Math.abs(offsetMinutes) > 14 * 60) return null;
  return { kind: 'instant', fields, date: new Date(fieldsAsUtc(fields) - offsetMinutes * MINUTE), offset };
}

/**
 * The time as a reader should read it: instants in the reader's zone with its name
 * ("25 Feb 2021, 01:57 UTC"); wall-clock times exactly as printed, marked "local time" in the place
 * of a zone name so they are not mistaken for the reader's ("25 Feb 2021, 04:57 local time"); dates
 * as dates.
 */
export function formatAbsolute(t: PageTime, opts: TimeOptions = {}): string {
  const day = { day: 'numeric', month: 'short', year: 'numeric' } as const;
  const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  if (t.kind === 'instant') {
    return new Intl.DateTimeFormat(opts.locale, { ...day, ...clock, timeZoneName: 'short', timeZone: opts.timeZone }).format(t.date);
  }
  // Formatting the fields as if they were UTC, in UTC, prints them unchanged.
  const utc = new Date(fieldsAsUtc(t.fields));
  if (t.kind === 'date') return new Intl.DateTimeFormat(opts.locale, { ...day, timeZone: 'UTC' }).format(utc);
  return `${new Intl.DateTimeFormat(opts.locale, { ...day, ...clock, timeZone: 'UTC' }).format(utc)} local time`;
}

/** The zone the page gave: "UTC+03:00", "UTC", or a plain statement that it gave none. */
export function describeOffset(t: PageTime): string {
  if (t.kind === 'date') return 'a date without time of day';
  if (t.kind === 'wall-clock') return 'no time zone given';
  return t.offset === 'Z' ? 'UTC' : `UTC${t.offset}`;
}

/** "3 h ago", "just now", "in 5 min" (clock skew), or null when the time is too vague to say. */
export function formatRelative(t: PageTime, opts: TimeOptions = {}): string | null {
  const now = opts.now ?? Date.now();
  const diff = now - approximateMs(t);
  if (t.kind !== 'instant' && Math.abs(diff) < ZONELESS_RELATIVE_MIN) return null;
  if (Math.abs(diff) < MINUTE) return 'just now';
  return diff > 0 ? `${formatDuration(diff)} ago` : `in ${formatDuration(-diff)}`;
}

/**
 * "40 min after publishing", or null when there is no later update to speak of. Two times
 * without zone are compared directly (a page prints both in the same zone); when the shapes differ,
 * only whole days are compared.
 */
export function formatUpdateGap(published: PageTime, modified: PageTime): string | null {
  const sameShape = published.kind === modified.kind && published.kind !== 'date';
  const gap = sameShape ? approximateMs(modified) - approximateMs(published) : calendarDays(modified, published) * DAY;
  if (gap < MINUTE) return null;
  return `${formatDuration(gap)} after publishing`;
}

/**
 * The one-line history for the card: "published 3 h ago · updated 40 min after publishing". Falls
 * back to the absolute time when a relative one would pretend to know the zone.
 */
export function formatTimeline(published: string | null, modified: string | null, opts: TimeOptions = {}): string | null {
  const pub = parsePageTime(published);
  const mod = parsePageTime(modified);
  const parts: string[] = [];
  if (pub) parts.push(`published ${formatRelative(pub, opts) ?? formatAbsolute(pub, opts)}`);
  if (pub && mod) {
    const gap = formatUpdateGap(pub, mod);
    if (gap) parts.push(`updated ${gap}`);
  } else if (mod) {
    parts.push(`updated ${formatRelative(mod, opts) ?? formatAbsolute(mod, opts)}`);
  }
  return parts.length ? parts.join(' · ') : null;
}

/** A compact positive duration in its largest whole unit: "40 min", "3 h", "2 d", "5 mo", "4 y". */
export function formatDuration(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.floor(ms / MINUTE))} min`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`;
  const days = Math.floor(ms / DAY);
  if (days < 45) return `${days} d`;
  if (days < 365) return `${Math.floor(days / 30.44)} mo`;
  return `${Math.floor(days / 365.25)} y`;
}

/** Milliseconds since the epoch; for zoneless times, read as if UTC (good to ±14 h). */
function approximateMs(t: PageTime): number {
  if (t.kind === 'instant') return t.date.getTime();
  // A bare date stands for its whole day: measure from its middle.
  return fieldsAsUtc(t.fields) + (t.kind === 'date' ? 12 * HOUR : 0);
}

/** Whole calendar days from b to a, each as printed on the page. */
function calendarDays(a: PageTime, b: PageTime): number {
  const dayStart = ({ fields: f }: PageTime) => Date.UTC(f.year, f.month - 1, f.day);
  return Math.round((dayStart(a) - dayStart(b)) / DAY);
}

function fieldsAsUtc(f: DateFields): number {
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
}

function validFields(f: DateFields): boolean {
  const d = new Date(fieldsAsUtc(f));
  return (
    f.year >= 1900 &&
    d.getUTCMonth() === f.month - 1 &&
    d.getUTCDate() === f.day &&
    f.hour < 24 &&
    f.minute < 60 &&
    f.second < 60
  );
}

function normaliseOffset(zone: string): string {
  if (/^z$/i.test(zone)) return 'Z';
  const digits = zone.slice(1).replace(':', '').padEnd(4, '0');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
}
