/**
 * Dates as pages write them: machine values (ISO 8601, RFC 2822, epoch), human lines in many
 * languages, URL paths; and ISO output that never invents a time zone. Pure string functions.
 */
export type { DateParts } from './date-parts';
export { isValidParts } from './date-parts';
export { parseStructuredDate } from './parse-structured';
export { parseVisibleDate, findVisibleDates, parseTimeOnly } from './parse-visible';
export { parseUrlDate } from './url-date';
export { labelKind, parseDateLine } from './labels';
export { toIsoString, zonedOffsetMinutes } from './iso';
