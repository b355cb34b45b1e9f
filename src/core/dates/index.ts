/**
 * Dates as pages write them, as pure string functions (no DOM, no extension APIs, no libraries):
 * machine values (ISO 8601, RFC 2822, epoch), human lines in many languages, URL paths; and ISO
 * output that never invents a time zone. Free text is never handed to `new Date(string)` or
 * `Date.parse`, which guess (`new Date("Oct 20")` is in 2001).
 */
export type { CalendarDate, DateParts } from './date-parts';
export { isValidParts } from './date-parts';
export { parseStructuredDate } from './structured-date';
export { parseIso8601 } from './iso-8601';
export { parseRfc2822 } from './rfc-2822';
export { parseEpoch } from './epoch';
export { REJECTED, type MachineResult } from './machine-result';
export { findVisibleDates, parseVisibleDate, MAX_VISIBLE_INPUT, type VisibleDate } from './visible-date';
export { labelKind, labelBefore, type DateKind } from './date-labels';
export { parseDateLine, type DateLine } from './date-line';
export { parseUrlDate } from './url-date';
export { isMonthFirst } from './date-order';
export { toIsoString, formatOffset } from './iso-string';
export { zonedOffsetMinutes } from './zoned-offset';
export { hasDateDigit } from './fold-text';
