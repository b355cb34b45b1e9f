import type { DateParts } from './date-parts';
import { parseEpoch } from './epoch';
import { parseIso8601 } from './iso-8601';
import { REJECTED } from './machine-result';
import { parseRfc2822 } from './rfc-2822';
import { parseVisibleDate } from './visible-date';

/** Machine values are short; longer text is read as human text (which is capped on its own). */
const MAX_MACHINE_LENGTH = 100;
const MACHINE_FORMATS = [parseIso8601, parseRfc2822, parseEpoch];

/**
 * A date from a machine field — meta tags, JSON-LD, `<time datetime>`, microdata: ISO 8601 in its
 * variants, RFC 2822, epoch seconds or milliseconds (1995–2100 only). Human text stuck in such a
 * field ("February 25, 2021") is read by {@link parseVisibleDate}, with `lang` for numeric order.
 * Impossible values (30 February, month 13, 25:00) give null; no other reading rescues them.
 */
export function parseStructuredDate(value: string, lang?: string | null): DateParts | null {
  const v = value.trim();
  if (!v) return null;
  if (v.length <= MAX_MACHINE_LENGTH) {
    for (const parse of MACHINE_FORMATS) {
      const result = parse(v);
      if (result === REJECTED) return null;
      if (result) return result;
    }
  }
  return parseVisibleDate(v, lang);
}
