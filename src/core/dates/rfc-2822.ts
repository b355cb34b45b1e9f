import { isValidParts, type DateParts } from './date-parts';
import { REJECTED, type MachineResult } from './machine-result';
import { MONTH_NAMES } from './month-names.data';
import { parseZoneDesignator, resolveZone } from './zone-text';

/**
 * RFC 2822 / RSS and its HTTP relatives: "Thu, 25 Feb 2021 04:57:00 +0300", "… GMT", "… EST",
 * "Thursday, 25-Feb-21 04:57:00 GMT" (RFC 850), optionally with a trailing comment "(MSK)".
 */
const RFC_2822 = /^(?:[a-z]{3,9},? +)?(\d{1,2})[ -]([a-z]{3,9})\.?[ -](\d{4}|\d{2}) +(\d{1,2}):(\d{2})(?::(\d{2}))?(.*)$/i;
/** C asctime, as in HTTP: "Thu Feb 25 04:57:00 2021" (no zone). */
const ASCTIME = /^[a-z]{3} +([a-z]{3}) +(\d{1,2}) +(\d{2}):(\d{2}):(\d{2}) +(\d{4})$/i;

/** These formats are English by definition: "Mär" in one is a broken value, not German. */
function englishMonth(word: string): number | null {
  const lower = word.toLowerCase();
  const index = MONTH_NAMES.en.findIndex((forms) => forms.some((f) => f.toLowerCase() === lower));
  return index < 0 ? null : index + 1;
}

/** RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx. */
function rfcYear(text: string): number {
  const n = Number(text);
  return text.length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

/** RFC 2822 dates (see RFC_2822) and asctime dates; null for anything else. */
export function parseRfc2822(value: string): MachineResult {
  const asc = ASCTIME.exec(value);
  if (asc) {
    const month = englishMonth(asc[1]);
    if (!month) return null;
    const parts: DateParts = { year: Number(asc[6]), month, day: Number(asc[2]), hour: Number(asc[3]), minute: Number(asc[4]), second: Number(asc[5]) };
    return isValidParts(parts) ? parts : REJECTED;
  }
  const m = RFC_2822.exec(value);
  if (!m) return null;
  const month = englishMonth(m[2]);
  if (!month) return null;
  const parts: DateParts = { year: rfcYear(m[3]), month, day: Number(m[1]), hour: Number(m[4]), minute: Number(m[5]) };
  if (m[6] !== undefined) parts.second = Number(m[6]);
  const zoneText = m[7].replace(/\([^()]*\)\s*$/, '').trim();
  // Military one-letter zones other than Z were defined backwards; RFC 2822 says to read them as unknown.
  const zone = /^[a-y]$/i.test(zoneText) ? 'none' : parseZoneDesignator(zoneText);
  if (zone === null) return null;
  if (zone !== 'none') {
    const offset = resolveZone(zone, parts);
    if (offset !== null) parts.offsetMinutes = offset;
  }
  return isValidParts(parts) ? parts : REJECTED;
}
