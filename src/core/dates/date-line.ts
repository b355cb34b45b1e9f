import { addDays, wallClockMillis, type DateParts } from './date-parts';
import { findLabels, type DateKind } from './date-labels';
import { analyseVisibleText, type FoldedDate } from './visible-date';
import type { TimeSpan } from './visible-time';
import { resolveZone } from './zone-text';

/** The publication and update times one line gives. */
export interface DateLine {
  published?: DateParts;
  modified?: DateParts;
}

/** A stretch of the line governed by one label (or by none, before the first label). */
interface Segment {
  kind: DateKind | null;
  start: number;
  end: number;
}

function segmentsOf(labels: ReturnType<typeof findLabels>, length: number): Segment[] {
  if (labels.length === 0) return [{ kind: null, start: 0, end: length }];
  const segments: Segment[] = [{ kind: null, start: 0, end: labels[0].start }];
  labels.forEach((label, i) => segments.push({ kind: label.kind, start: label.end, end: labels[i + 1]?.start ?? length }));
  return segments;
}

const within = (segment: Segment, position: number) => position >= segment.start && position < segment.end;

/** Instant order when both sides give an offset, else wall-clock order (one page, one zone). */
function compare(a: DateParts, b: DateParts): number {
  const both = a.offsetMinutes !== undefined && b.offsetMinutes !== undefined;
  const shift = (p: DateParts) => (both ? (p.offsetMinutes ?? 0) * 60_000 : 0);
  return wallClockMillis(a) - shift(a) - (wallClockMillis(b) - shift(b));
}

/**
 * A time given alone ("mis à jour à 16h05") on the day of the other part. Its zone is the one
 * written after it, else the other part's offset (one line, one zone). An update cannot precede the
 * publication: "published 23:50, updated 00:10" is past midnight, and the day moves accordingly.
 */
function inheritDay(kind: DateKind, time: TimeSpan, other: DateParts): DateParts {
  const make = (day: { year: number; month: number; day: number }): DateParts => {
    const parts: DateParts = { year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute };
    if (time.second !== undefined) parts.second = time.second;
    const offset = time.zone ? resolveZone(time.zone, parts) : (other.offsetMinutes ?? null);
    if (offset !== null) parts.offsetMinutes = offset;
    return parts;
  };
  const sameDay = make(other);
  if (other.hour === undefined) return sameDay;
  const order = compare(sameDay, other);
  if (kind === 'modified' && order < 0) return make(addDays(other, 1));
  if (kind === 'published' && order > 0) return make(addDays(other, -1));
  return sameDay;
}

/** Scripts whose date labels follow the date: "2019年3月15日公表", "2022年08月11日 14時30分 更新". */
const POSTFIX_LABEL_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** What may stand between a date and the label after it: spaces, colons, closing brackets. */
const POSTFIX_GAP = /^[\s:：)）\]】」』]{0,3}$/u;

/**
 * Japanese and Chinese lines may put each label after its date ("2019年2月22日 公開 2019年3月1日 更新").
 * Such a line starts with a date followed by a label of those scripts; then each label takes the last
 * date between the previous label and itself. Null for lines with labels in front.
 */
function postfixClaims(lower: string, labels: ReturnType<typeof findLabels>, dates: FoldedDate[]): [DateKind, FoldedDate][] | null {
  const unique = labels.filter((l, i) => i === 0 || l.start !== labels[i - 1].start);
  const first = unique[0];
  if (!first || !POSTFIX_LABEL_SCRIPT.test(lower.slice(first.start, first.end))) return null;
  const out: [DateKind, FoldedDate][] = [];
  unique.forEach((label, i) => {
    const from = unique[i - 1]?.end ?? 0;
    const before = dates.findLast((d) => d.dateStart >= from && d.end <= label.start);
    if (before && POSTFIX_GAP.test(lower.slice(before.end, label.start))) out.push([label.kind, before]);
  });
  if (out.length === 0 || out[0][1].end > first.start) return null;
  // "2019年2月22日 14:00（2019年3月1日 更新）": an unlabelled date before the labelled ones is the publication.
  const lead = dates.find((d) => d.end <= first.start && !out.some(([, c]) => c === d));
  if (lead && !out.some(([kind]) => kind === 'published')) out.unshift(['published', lead]);
  return out;
}

/**
 * Reads a line that may carry both times, in any supported language: "Publié le 25/02/2021 à
 * 14h37, mis à jour à 16h05", "Published 25 Feb 2021 · Updated 26 Feb 2021 09:00", "Stand:
 * 25.02.2021 14:37 Uhr". Each label governs the text up to the next label; the first date in its
 * stretch is its value. A date before any label is the publication, unless a later label claims
 * that. A part that gives only a time takes its day from the other part. A line without labels
 * gives its first date as the publication.
 */
export function parseDateLine(text: string, lang?: string | null): DateLine {
  const { folded, dates, looseTimes } = analyseVisibleText(text, lang);
  const labels = findLabels(folded.lower);
  const hasPublishedLabel = labels.some((l) => l.kind === 'published');
  const out: DateLine = {};
  const timeOnly: { kind: DateKind; time: TimeSpan }[] = [];
  const postfix = postfixClaims(folded.lower, labels, dates);
  if (postfix) {
    for (const [kind, date] of postfix) out[kind] ??= date.parts;
    return out;
  }

  for (const segment of segmentsOf(labels, folded.lower.length)) {
    const kind = segment.kind ?? (hasPublishedLabel ? null : 'published');
    if (!kind || out[kind]) continue;
    const date = dates.find((d) => within(segment, d.dateStart));
    if (date) out[kind] = date.parts;
    else {
      const time = looseTimes.find((t) => within(segment, t.start));
      if (time) timeOnly.push({ kind, time });
    }
  }
  for (const { kind, time } of timeOnly) {
    const other = out[kind === 'published' ? 'modified' : 'published'];
    if (other && !out[kind]) out[kind] = inheritDay(kind, time, other);
  }
  return out;
}
