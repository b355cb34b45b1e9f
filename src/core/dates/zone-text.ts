import { isValidOffset, type DateParts } from './date-parts';
import { ANY_CASE_ZONES, ZONE_ABBREVIATIONS } from './zone-abbreviations.data';
import { zonedOffsetMinutes } from './zoned-offset';

/** A zone as written: a fixed offset, or an IANA zone whose offset depends on the date ("ET"). */
export type ZoneSpec = { offset: number } | { zone: string };

// Sticky patterns, tried at one position; each may be wrapped in parentheses: "14:57 (GMT+3)".
/** "GMT+3", "UTC+03:00", "GMT+0530", "UTC -5". */
const UTC_PLUS = / ?\(?(?:gmt|utc|ut) ?([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)\)?/iy;
/** "+03:00", "+0300", "-05", as ISO 8601 and RFC 2822 write them. */
const BARE_OFFSET = / ?\(?([+-])(\d{2})(?::?(\d{2}))?(?!\d)\)?/y;
/** "EST", "(MSK)", "Z": a word of up to five letters, looked up in the table. */
const ABBREVIATION = / ?\(?(\p{L}{1,5})\)?(?![\p{L}\p{N}])/uy;

/** Minutes east of UTC from sign, hours, minutes; null when no real zone has it. */
function offsetOf(sign: string, hours: string, minutes: string | undefined): number | null {
  const m = Number(minutes ?? 0);
  if (m > 59) return null;
  const offset = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + m);
  return isValidOffset(offset) ? offset : null;
}

function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * Reads a zone written at `pos`, right after a time: " GMT", " (MSK)", "+03:00", " UTC+3", " ET".
 * `text` must keep its case: unless `anyCase`, abbreviations count only in capitals ("EST" is a
 * zone, French "est" is not), except the few in ANY_CASE_ZONES.
 * Returns the zone and where its text ends, or null.
 */
export function readZoneAt(text: string, pos: number, anyCase = false): { spec: ZoneSpec; end: number } | null {
  const utcPlus = execAt(UTC_PLUS, text, pos);
  if (utcPlus) {
    const offset = offsetOf(utcPlus[1], utcPlus[2], utcPlus[3]);
    return offset === null ? null : { spec: { offset }, end: pos + utcPlus[0].length };
  }
  const bare = execAt(BARE_OFFSET, text, pos);
  if (bare) {
    const offset = offsetOf(bare[1], bare[2], bare[3]);
    return offset === null ? null : { spec: { offset }, end: pos + bare[0].length };
  }
  const word = execAt(ABBREVIATION, text, pos);
  if (word) {
    const upper = word[1].toUpperCase();
    const entry = ZONE_ABBREVIATIONS[upper];
    if (!entry || (!anyCase && word[1] !== upper && !ANY_CASE_ZONES.has(upper))) return null;
    const spec: ZoneSpec = entry.zone !== undefined ? { zone: entry.zone } : { offset: entry.offset ?? 0 };
    return { spec, end: pos + word[0].length };
  }
  return null;
}

/**
 * The zone part of a machine value, the whole of `text`: "", "Z", "+03:00", "+0300", "+03",
 * " GMT", " UTC+3", " EST", "[Europe/Istanbul]", "+03:00[Europe/Istanbul]" (RFC 9557: the offset
 * wins). "-00:00" is RFC 3339's "offset unknown". Returns a zone, 'none' when the value gives no
 * offset, or null when the text is not a zone at all.
 */
export function parseZoneDesignator(text: string): ZoneSpec | 'none' | null {
  let rest = text.trim();
  let bracketZone: string | null = null;
  const bracket = /\[!?([A-Za-z][\w+/-]{0,60})\]$/.exec(rest);
  if (bracket) {
    bracketZone = bracket[1];
    rest = rest.slice(0, bracket.index).trim();
  }
  if (!rest) return bracketZone ? { zone: bracketZone } : 'none';
  if (/^-00:?00$/.test(rest)) return 'none';
  const read = readZoneAt(rest, 0, true);
  return read && read.end === rest.length ? read.spec : null;
}

/** The offset a zone has on the given date and time; null for an IANA zone the runtime does not know. */
export function resolveZone(spec: ZoneSpec, parts: DateParts): number | null {
  return 'offset' in spec ? spec.offset : zonedOffsetMinutes(spec.zone, parts);
}
