import type { DateParts } from './date-parts';
import type { MachineResult } from './machine-result';

/** Unix time as digits: 9–10 digits are seconds, 12–13 milliseconds; a fraction is dropped. */
const EPOCH = /^(\d{9,10}|\d{12,13})(?:\.\d{1,9})?$/;
/** 1995-01-01T00:00Z to 2100-01-01T00:00Z: outside this, a long number is an id, not a date. */
const MIN_MS = Date.UTC(1995, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);

/** Epoch seconds or milliseconds in the plausible range, as UTC parts; null for anything else. */
export function parseEpoch(value: string): MachineResult {
  const m = EPOCH.exec(value);
  if (!m) return null;
  const ms = m[1].length >= 12 ? Number(m[1]) : Number(m[1]) * 1000;
  if (ms < MIN_MS || ms >= MAX_MS) return null;
  // A number, not text: Date is exact here.
  const d = new Date(ms);
  const parts: DateParts = {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), offsetMinutes: 0,
  };
  return parts;
}
