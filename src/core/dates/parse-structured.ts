import { type DateParts, isValidParts } from './date-parts';
import { parseVisibleDate } from './parse-visible';
import { monthFromName } from './month-lookup';
import { ZONE_ABBREVIATIONS } from './time-zones.data';

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s+)(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*(?:UTC|GMT)?$/i;
const RFC_2822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-]\d{4})|([a-z]{1,5}))?$/i;
const EPOCH = /^\d{10}(?:\d{3})?$/;

function offsetFrom(text: string | undefined): number | undefined {
  if (!text) return undefined;
  if (/^z$/i.test(text)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : undefined;
}

/**
 * Parses a machine date from meta tags, JSON-LD or `<time datetime>`: ISO 8601 variants, RFC 2822,
 * epoch seconds or milliseconds (1990–2100); human text stuck in such a field falls back to
 * {@link parseVisibleDate}. Impossible dates give null.
 */
export function parseStructuredDate(value: string, lang?: string): DateParts | null {
  const v = value.trim().slice(0, 100);
  if (!v) return null;
  let m = ISO.exec(v);
  if (m) {
    const p: DateParts = { year: +m[1], month: +m[2], day: +m[3] };
    if (m[4] !== undefined) {
      p.hour = +m[4];
      p.minute = +m[5];
      if (m[6] !== undefined) p.second = +m[6];
      const off = offsetFrom(m[7]) ?? (/(?:UTC|GMT)$/i.test(v) ? 0 : undefined);
      if (off !== undefined) p.offsetMinutes = off;
    }
    return isValidParts(p) ? p : null;
  }
  m = RFC_2822.exec(v);
  if (m) {
    const month = monthFromName(m[2].toLowerCase());
    if (!month) return null;
    const p: DateParts = { year: +m[3], month, day: +m[1], hour: +m[4], minute: +m[5] };
    if (m[6] !== undefined) p.second = +m[6];
    const zone = m[8] ? ZONE_ABBREVIATIONS[m[8].toUpperCase()]?.fixed : undefined;
    const off = offsetFrom(m[7]) ?? zone;
    if (off !== undefined) p.offsetMinutes = off;
    return isValidParts(p) ? p : null;
  }
  if (EPOCH.test(v)) {
    const ms = v.length === 13 ? Number(v) : Number(v) * 1000;
    const d = new Date(ms);
    const p: DateParts = {
      year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
      hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), offsetMinutes: 0,
    };
    return isValidParts(p) ? p : null;
  }
  return parseVisibleDate(v, lang);
}
