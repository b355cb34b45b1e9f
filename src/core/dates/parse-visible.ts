import { type DateParts, foldDateText, isValidParts } from './date-parts';
import { monthFromName, monthPattern } from './month-lookup';
import { ZONE_ABBREVIATIONS } from './time-zones.data';
import { zonedOffsetMinutes } from './iso';

/** Only the start of a text is read: datelines and "Published" lines are short; pages can be hostile. */
const MAX_CHARS = 300;
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';

interface Found {
  parts: DateParts;
  index: number;
  end: number;
}

let patterns: { dmy: RegExp; mdy: RegExp; ymd: RegExp } | null = null;

function datePatterns() {
  if (patterns) return patterns;
  const M = `(${monthPattern()})\\.?`;
  patterns = {
    // 25 February 2021 · 25. Februar 2021 · 25 de febrero de 2021 · 25 Şubat 2021 · Thursday 25 February 2021
    dmy: new RegExp(`${NOT_LETTER_BEFORE}(\\d{1,2})(?:st|nd|rd|th|er|e|º)?\\.?\\s*(?:de\\s+|of\\s+)?${M}${NOT_LETTER_AFTER},?\\s*(?:de\\s+|del\\s+)?(\\d{4}|['’]\\d{2})(?!\\d)`, 'gu'),
    // February 25, 2021 · Feb. 25, 2021 · February 25th 2021
    mdy: new RegExp(`${NOT_LETTER_BEFORE}${M}${NOT_LETTER_AFTER}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+(\\d{4})(?!\\d)`, 'gu'),
    // 2021. február 25. (Hungarian)
    ymd: new RegExp(`(?<!\\d)(\\d{4})\\.?\\s+${M}${NOT_LETTER_AFTER}\\s*(\\d{1,2})(?!\\d)`, 'gu'),
  };
  return patterns;
}

const ISO_IN_TEXT = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g;
const NUMERIC = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])/g;
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/g;
const KOREAN_DOTTED = /(?<!\d)(\d{4})\.\s+(\d{1,2})\.\s+(\d{1,2})\.?/g;

/** Languages (and English regions) that write numeric dates month first. */
function monthFirst(lang?: string): boolean {
  if (!lang) return true;
  const l = lang.toLowerCase();
  return l === 'en' || l === 'en-us' || l === 'en-ph' || l === 'en-ca' || l.startsWith('en-us');
}

function collectDates(folded: string, lang?: string): Found[] {
  const found: Found[] = [];
  const add = (parts: DateParts, m: RegExpExecArray) => {
    if (isValidParts(parts)) found.push({ parts, index: m.index, end: m.index + m[0].length });
  };
  const year = (y: string) => (y.length === 4 ? Number(y) : 2000 + Number(y.replace(/\D/g, '')));
  const p = datePatterns();
  for (const m of folded.matchAll(p.dmy)) add({ year: year(m[3]), month: monthFromName(m[2]) ?? 0, day: Number(m[1]) }, m);
  for (const m of folded.matchAll(p.mdy)) add({ year: Number(m[3]), month: monthFromName(m[1]) ?? 0, day: Number(m[2]) }, m);
  for (const m of folded.matchAll(p.ymd)) add({ year: Number(m[1]), month: monthFromName(m[2]) ?? 0, day: Number(m[3]) }, m);
  for (const m of folded.matchAll(ISO_IN_TEXT)) add({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }, m);
  for (const m of folded.matchAll(CJK)) add({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, m);
  for (const m of folded.matchAll(KOREAN_DOTTED)) add({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, m);
  for (const m of folded.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // One number above 12 decides; otherwise the page's language does.
    const mf = a > 12 ? false : b > 12 ? true : m[2] === '.' ? false : monthFirst(lang);
    add({ year: Number(m[4]), month: mf ? a : b, day: mf ? b : a }, m);
  }
  // Overlapping matches: keep the earliest, longest.
  found.sort((x, y) => x.index - y.index || y.end - x.end);
  return found.filter((f, i) => !found.slice(0, i).some((g) => f.index < g.end && g.index < f.end));
}

interface TimeFound {
  hour: number;
  minute: number;
  second?: number;
  offsetMinutes?: number;
  /** An IANA zone to resolve once the date is known (US "ET"). */
  zone?: string;
  index: number;
}

const TIME = /(?<![\d.:])(\d{1,2})(?:[:.h]|\s*時\s*)(\d{2})(?:[:.](\d{2}))?\s*(?:分)?\s*(a\.?\s?m\.?|p\.?\s?m\.?|uhr|h(?![a-z]))?(?![\d])/g;
const HOUR_AMPM = /(?<![\d.:])(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/g;
const OFFSET_AFTER = /^\s*\(?\s*(?:(utc|gmt)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2}))/;
const ZONE_AFTER = /^\s*\(?\s*([A-Z]{1,5})(?![A-Za-z])/;

function collectTimes(folded: string, original: string): TimeFound[] {
  const out: TimeFound[] = [];
  const push = (h: number, min: number, sec: number | undefined, ampm: string | undefined, index: number, end: number) => {
    let hour = h;
    if (ampm && /^[ap]/.test(ampm)) {
      if (hour < 1 || hour > 12) return;
      if (ampm.startsWith('p') && hour !== 12) hour += 12;
      if (ampm.startsWith('a') && hour === 12) hour = 0;
    }
    if (hour > 23 || min > 59 || (sec !== undefined && sec > 59)) return;
    const t: TimeFound = { hour, minute: min, second: sec, index };
    zoneAfter(folded.slice(end, end + 20), original.slice(end, end + 20), t);
    out.push(t);
  };
  for (const m of folded.matchAll(TIME)) push(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined, m[4], m.index, m.index + m[0].length);
  for (const m of folded.matchAll(HOUR_AMPM)) {
    if (!out.some((t) => t.index === m.index)) push(Number(m[1]), 0, undefined, m[2], m.index, m.index + m[0].length);
  }
  return out.sort((a, b) => a.index - b.index);
}

function zoneAfter(folded: string, original: string, t: TimeFound) {
  const m = OFFSET_AFTER.exec(folded);
  if (m?.[1]) {
    t.offsetMinutes = m[2] ? (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4] ?? 0)) : 0;
    return;
  }
  if (m?.[5]) {
    t.offsetMinutes = (m[5] === '-' ? -1 : 1) * (Number(m[6]) * 60 + Number(m[7]));
    return;
  }
  // Abbreviations must be written in capitals on the page ("ET", "CET"), so words like "est" are not zones.
  const a = ZONE_AFTER.exec(original);
  const z = a ? ZONE_ABBREVIATIONS[a[1]] : undefined;
  if (z?.fixed !== undefined) t.offsetMinutes = z.fixed;
  else if (z?.iana) t.zone = z.iana;
}

/**
 * All dates in a short human text, in order, each with the nearest time (before or after it, within
 * a few words) and the zone written after that time. Relative dates ("3 hours ago") are not dates.
 */
export function findVisibleDates(text: string, lang?: string): { parts: DateParts; index: number }[] {
  const original = text.slice(0, MAX_CHARS);
  const folded = foldDateText(original);
  const dates = collectDates(folded, lang);
  if (dates.length === 0) return [];
  // Blank the dates out so "12.02.2021" is not also read as the time 12:02.
  let masked = folded;
  for (const d of dates) masked = masked.slice(0, d.index) + ' '.repeat(d.end - d.index) + masked.slice(d.end);
  const times = collectTimes(masked, original);
  const used = new Set<TimeFound>();
  return dates.map((d, i) => {
    const nextDate = dates[i + 1]?.index ?? Infinity;
    const prevEnd = i > 0 ? dates[i - 1].end : -Infinity;
    // Prefer a time after the date (before the next date); else one just before it ("04:57 | 25 February 2021").
    const after = times.find((t) => !used.has(t) && t.index >= d.end && t.index < nextDate && t.index - d.end <= 40);
    const before = [...times].reverse().find((t) => !used.has(t) && t.index < d.index && t.index > prevEnd && d.index - t.index <= 30);
    const t = after ?? before;
    const parts: DateParts = { ...d.parts };
    if (t) {
      used.add(t);
      parts.hour = t.hour;
      parts.minute = t.minute;
      if (t.second !== undefined) parts.second = t.second;
      if (t.offsetMinutes !== undefined) parts.offsetMinutes = t.offsetMinutes;
      else if (t.zone) {
        const off = zonedOffsetMinutes(t.zone, parts);
        if (off !== null) parts.offsetMinutes = off;
      }
    }
    return { parts, index: d.index };
  });
}

/** The first date (with its time and zone) in a short human text, or null. */
export function parseVisibleDate(text: string, lang?: string): DateParts | null {
  return findVisibleDates(text, lang)[0]?.parts ?? null;
}

/** A time alone ("à 16h05", "4:05 PM ET"), for update lines that only give the hour. */
export function parseTimeOnly(text: string): Pick<DateParts, 'hour' | 'minute' | 'second' | 'offsetMinutes'> & { zone?: string } | null {
  const original = text.slice(0, MAX_CHARS);
  const t = collectTimes(foldDateText(original), original)[0];
  return t ? { hour: t.hour, minute: t.minute, second: t.second, offsetMinutes: t.offsetMinutes, zone: t.zone } : null;
}
