import type { DateParts } from './date-parts';
import { findLabels } from './date-labels';
import { isMonthFirst } from './date-order';
import { foldText, type FoldedText } from './fold-text';
import { findDateSpans, type DateSpan } from './visible-date-patterns';
import { findTimeSpans, type TimeSpan } from './visible-time';
import { readZoneAt, resolveZone, type ZoneSpec } from './zone-text';

/** Only the start of a text is read: datelines and "Published" lines are short, and pages can be hostile. */
export const MAX_VISIBLE_INPUT = 300;
/** How far a time may sit after its date: ", quinta-feira, às " fits; a second sentence does not. */
const MAX_GAP_AFTER = 24;
/** How far a time may sit before its date: "04:57 | " and "2:57 PM EST, Thu " fit. */
const MAX_GAP_BEFORE = 16;

/** A date found in visible text. */
export interface VisibleDate {
  parts: DateParts;
  /** Where the date (with its time and zone, when attached) starts in the given text. */
  index: number;
  length: number;
}

/** A date with its time attached, positions in folded text. */
export interface FoldedDate {
  parts: DateParts;
  /** Where the day itself starts; decides which labelled part of a line the date belongs to. */
  dateStart: number;
  start: number;
  end: number;
}

/** Everything a short text says about dates: the dates, and the times no date claimed. */
export interface VisibleAnalysis {
  text: string;
  folded: FoldedText;
  dates: FoldedDate[];
  looseTimes: TimeSpan[];
}

/**
 * What may stand between a date and its time: a few words or punctuation (" à ", ", ", " | ",
 * ", Thu "), but no number and no label — "25.02.2021, updated 16:05" is an update time.
 */
function isConnector(folded: string, from: number, to: number, max: number): boolean {
  if (to - from > max) return false;
  const gap = folded.slice(from, to);
  return !/\p{N}/u.test(gap) && findLabels(gap).length === 0;
}

function withTime(day: DateSpan, time: TimeSpan, zone: ZoneSpec | undefined): DateParts {
  const parts: DateParts = { year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute };
  if (time.second !== undefined) parts.second = time.second;
  const offset = zone ? resolveZone(zone, parts) : null;
  if (offset !== null) parts.offsetMinutes = offset;
  return parts;
}

/**
 * Finds the dates in the first 300 characters of a text and pairs each with the time written
 * right after it ("25.02.2021 14:57") or, failing that, right before it ("04:57 | 25 February
 * 2021"); the zone is the one written after the time. Each time serves one date only.
 */
export function analyseVisibleText(text: string, lang?: string | null): VisibleAnalysis {
  const input = text.slice(0, MAX_VISIBLE_INPUT);
  const folded = foldText(input);
  const lower = folded.lower;
  const days = findDateSpans(lower, isMonthFirst(lang));
  // Digits inside a date are not times: "12.02.2021" holds "12.02".
  const times = days.length === 0 ? [] : findTimeSpans(folded).filter((t) => !days.some((d) => t.start < d.end && d.start < t.end));
  const used = new Set<TimeSpan>();
  const dates = days.map((day, i): FoldedDate => {
    const nextStart = days[i + 1]?.start ?? Infinity;
    const prevEnd = days[i - 1]?.end ?? 0;
    let time = times.find((t) => !used.has(t) && t.start >= day.end && t.end <= nextStart && isConnector(lower, day.end, t.start, MAX_GAP_AFTER));
    if (!time) {
      time = times.findLast((t) => !used.has(t) && t.end <= day.start && t.start >= prevEnd && isConnector(lower, t.end, day.start, MAX_GAP_BEFORE));
    }
    if (!time) return { parts: { year: day.year, month: day.month, day: day.day }, dateStart: day.start, start: day.start, end: day.end };
    used.add(time);
    // A time before its date may have its zone after the date: "14:57, 25 February 2021 (UTC)".
    const zoneAfterDay = !time.zone && time.end <= day.start ? readZoneAt(folded.cased, day.end) : null;
    const zone = zoneAfterDay?.spec ?? time.zone;
    const end = Math.max(day.end, time.end, zoneAfterDay?.end ?? 0);
    return { parts: withTime(day, time, zone), dateStart: day.start, start: Math.min(day.start, time.start), end };
  });
  return { text: input, folded, dates, looseTimes: times.filter((t) => !used.has(t)) };
}

/**
 * All dates in a short human text (first 300 characters), in order, each with its time and zone
 * when the text gives them next to it, and its position in `text`. Relative dates ("3 hours ago",
 * "yesterday") and dates without a year are not returned: they would be guesses.
 */
export function findVisibleDates(text: string, lang?: string | null): VisibleDate[] {
  const { text: input, folded, dates } = analyseVisibleText(text, lang);
  return dates.map(({ parts, start, end }) => {
    const index = folded.toInput[start];
    let stop = folded.toInput[end];
    while (stop > index && /\s/.test(input[stop - 1])) stop--; // whitespace runs were folded away
    return { parts, index, length: stop - index };
  });
}

/**
 * The first date in a short human text such as a dateline or a "Published" line, with its time and
 * zone when given ("Feb. 25, 2021 2:57 PM ET", "Published Date: 04:57 | 25 February 2021",
 * "Publié le 25/02/2021 à 14h37, mis à jour à 16h05" → the publication). `lang` (BCP 47) decides
 * whether "03/04/2021" is March 4 (en-US, no language) or 3 April (en-GB, fr, de, …). Null when
 * the text holds no complete date.
 */
export function parseVisibleDate(text: string, lang?: string | null): DateParts | null {
  return analyseVisibleText(text, lang).dates[0]?.parts ?? null;
}
