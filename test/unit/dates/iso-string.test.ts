import { describe, expect, it } from 'vitest';
import { toIsoString, zonedOffsetMinutes, type DateParts } from '../../../src/core/dates';

const at = (year: number, month: number, day: number, hour: number, minute = 0): DateParts => ({ year, month, day, hour, minute });

describe('toIsoString', () => {
  it('prints the offset the page gave, UTC as Z', () => {
    expect(toIsoString({ ...at(2021, 2, 25, 14, 57), second: 0, offsetMinutes: 180 })).toBe('2021-02-25T14:57:00+03:00');
    expect(toIsoString({ ...at(2021, 2, 25, 14, 57), offsetMinutes: -300 })).toBe('2021-02-25T14:57:00-05:00');
    expect(toIsoString({ ...at(2021, 2, 25, 14, 57), offsetMinutes: 330 })).toBe('2021-02-25T14:57:00+05:30');
    expect(toIsoString({ ...at(2021, 2, 25, 14, 57), offsetMinutes: -210 })).toBe('2021-02-25T14:57:00-03:30');
    expect(toIsoString({ ...at(2021, 2, 25, 14, 57), offsetMinutes: 0 })).toBe('2021-02-25T14:57:00Z');
  });

  it('prefers the page offset over the home zone', () => {
    expect(toIsoString({ ...at(2021, 2, 25, 14, 57), offsetMinutes: 0 }, 'Europe/Istanbul')).toBe('2021-02-25T14:57:00Z');
  });

  it('uses the home zone at that wall-clock time when the page gave no offset', () => {
    expect(toIsoString(at(2021, 2, 25, 4, 57), 'Europe/Istanbul')).toBe('2021-02-25T04:57:00+03:00');
    expect(toIsoString(at(2021, 2, 25, 4, 57), 'Europe/London')).toBe('2021-02-25T04:57:00Z');
    expect(toIsoString(at(2021, 7, 25, 4, 57), 'Europe/London')).toBe('2021-07-25T04:57:00+01:00');
  });

  it('prints local wall-clock time without offset when no zone is known', () => {
    expect(toIsoString(at(2021, 2, 25, 14, 57))).toBe('2021-02-25T14:57:00');
    expect(toIsoString(at(2021, 2, 25, 14, 57), null)).toBe('2021-02-25T14:57:00');
    expect(toIsoString(at(2021, 2, 25, 14, 57), 'Not/AZone')).toBe('2021-02-25T14:57:00');
    expect(toIsoString({ ...at(2021, 2, 25, 14, 57), second: 9 })).toBe('2021-02-25T14:57:09');
  });

  it('prints a date alone when there is no time, whatever the zone', () => {
    expect(toIsoString({ year: 2021, month: 2, day: 25 })).toBe('2021-02-25');
    expect(toIsoString({ year: 2021, month: 2, day: 25 }, 'Europe/Istanbul')).toBe('2021-02-25');
  });
});

describe('zonedOffsetMinutes', () => {
  it('follows US DST for New York: EST in January, EDT in July', () => {
    expect(zonedOffsetMinutes('America/New_York', at(2021, 1, 15, 12))).toBe(-300);
    expect(zonedOffsetMinutes('America/New_York', at(2021, 7, 15, 12))).toBe(-240);
  });

  it('keeps Istanbul at +03:00 all year since 2016, and not before', () => {
    expect(zonedOffsetMinutes('Europe/Istanbul', at(2021, 1, 15, 12))).toBe(180);
    expect(zonedOffsetMinutes('Europe/Istanbul', at(2021, 7, 15, 12))).toBe(180);
    // Until September 2016 Turkey kept EET/EEST: +02:00 in winter.
    expect(zonedOffsetMinutes('Europe/Istanbul', at(2015, 1, 15, 12))).toBe(120);
  });

  it('follows EU DST for Berlin: +01:00 in February, +02:00 in July', () => {
    expect(zonedOffsetMinutes('Europe/Berlin', at(2021, 2, 25, 12))).toBe(60);
    expect(zonedOffsetMinutes('Europe/Berlin', at(2021, 7, 25, 12))).toBe(120);
  });

  it('handles southern-hemisphere DST and half-hour zones', () => {
    expect(zonedOffsetMinutes('Australia/Sydney', at(2021, 1, 15, 12))).toBe(660);
    expect(zonedOffsetMinutes('Australia/Sydney', at(2021, 7, 15, 12))).toBe(600);
    expect(zonedOffsetMinutes('Asia/Kolkata', at(2021, 2, 25, 12))).toBe(330);
    expect(zonedOffsetMinutes('Asia/Kathmandu', at(2021, 2, 25, 12))).toBe(345);
  });

  it('resolves the change-over hours: the hour that never happens, and the one that happens twice', () => {
    // US 2021: clocks jumped 02:00 → 03:00 on 14 March and fell back 02:00 → 01:00 on 7 November.
    expect(zonedOffsetMinutes('America/New_York', at(2021, 3, 14, 1, 59))).toBe(-300);
    expect(zonedOffsetMinutes('America/New_York', at(2021, 3, 14, 2, 30))).toBe(-300); // gap: the offset before it
    expect(zonedOffsetMinutes('America/New_York', at(2021, 3, 14, 3, 0))).toBe(-240);
    expect(zonedOffsetMinutes('America/New_York', at(2021, 11, 7, 1, 30))).toBe(-240); // twice: the first time
    expect(zonedOffsetMinutes('America/New_York', at(2021, 11, 7, 2, 0))).toBe(-300);
    // EU 2021: 28 March 02:00 → 03:00, 31 October 03:00 → 02:00.
    expect(zonedOffsetMinutes('Europe/Berlin', at(2021, 3, 28, 2, 30))).toBe(60);
    expect(zonedOffsetMinutes('Europe/Berlin', at(2021, 3, 28, 3, 30))).toBe(120);
    expect(zonedOffsetMinutes('Europe/Berlin', at(2021, 10, 31, 2, 30))).toBe(120);
    expect(zonedOffsetMinutes('Europe/Berlin', at(2021, 10, 31, 3, 30))).toBe(60);
  });

  it('takes a date without time at midnight', () => {
    expect(zonedOffsetMinutes('Europe/Berlin', { year: 2021, month: 7, day: 25 })).toBe(120);
  });

  it('says null for a zone the runtime does not know', () => {
    expect(zonedOffsetMinutes('Mars/Olympus_Mons', at(2021, 2, 25, 12))).toBeNull();
    expect(zonedOffsetMinutes('', at(2021, 2, 25, 12))).toBeNull();
  });
});
