import { describe, expect, it } from 'vitest';
import { parseStructuredDate, toIsoString } from '../../../src/core/dates';

/** Parses and prints, so each case reads as "what the page said → what we report". */
const iso = (value: string, lang?: string) => {
  const parts = parseStructuredDate(value, lang);
  return parts ? toIsoString(parts) : null;
};

describe('parseStructuredDate: ISO 8601', () => {
  it('reads dates and date-times, extended and basic', () => {
    expect(parseStructuredDate('2021-02-25')).toEqual({ year: 2021, month: 2, day: 25 });
    expect(parseStructuredDate('20210225')).toEqual({ year: 2021, month: 2, day: 25 });
    expect(parseStructuredDate('2021-02-25T04:57:00+03:00')).toEqual({ year: 2021, month: 2, day: 25, hour: 4, minute: 57, second: 0, offsetMinutes: 180 });
    expect(parseStructuredDate('2021-02-25T04:57Z')).toEqual({ year: 2021, month: 2, day: 25, hour: 4, minute: 57, offsetMinutes: 0 });
    expect(parseStructuredDate('2021-02-25 04:57:00')).toEqual({ year: 2021, month: 2, day: 25, hour: 4, minute: 57, second: 0 });
    expect(iso('20210225T045700Z')).toBe('2021-02-25T04:57:00Z');
    expect(iso('20210225T0457+0300')).toBe('2021-02-25T04:57:00+03:00');
  });

  it('reads every offset spelling and drops fractional seconds', () => {
    expect(iso('2021-02-25T04:57:00.123+03:00')).toBe('2021-02-25T04:57:00+03:00');
    expect(iso('2021-02-25T04:57:00,5-05:00')).toBe('2021-02-25T04:57:00-05:00');
    expect(iso('2021-02-25T04:57:00.123456789Z')).toBe('2021-02-25T04:57:00Z');
    expect(iso('2021-02-25T04:57:00+0300')).toBe('2021-02-25T04:57:00+03:00');
    expect(iso('2021-02-25T04:57:00+03')).toBe('2021-02-25T04:57:00+03:00');
    expect(iso('2021-02-25T04:57:00+05:30')).toBe('2021-02-25T04:57:00+05:30');
    expect(iso('2021-02-25 04:57:00 +03:00')).toBe('2021-02-25T04:57:00+03:00');
    expect(iso('2021-02-25t04:57:00z')).toBe('2021-02-25T04:57:00Z');
  });

  it('reads zone words and RFC 9557 zone names after the time', () => {
    expect(iso('2021-02-25T04:57:00 UTC')).toBe('2021-02-25T04:57:00Z');
    expect(iso('2021-02-25 04:57:00 EST')).toBe('2021-02-25T04:57:00-05:00');
    expect(iso('2021-02-25T04:57:00 GMT+3')).toBe('2021-02-25T04:57:00+03:00');
    expect(iso('2021-02-25T04:57[Europe/Istanbul]')).toBe('2021-02-25T04:57:00+03:00');
    expect(iso('2021-07-25T12:00[Europe/Berlin]')).toBe('2021-07-25T12:00:00+02:00');
    // The offset wins over the bracketed name.
    expect(iso('2021-02-25T04:57:00+02:00[Europe/Istanbul]')).toBe('2021-02-25T04:57:00+02:00');
    // An unknown zone name gives no offset rather than a wrong one.
    expect(iso('2021-02-25T04:57[Mars/Olympus]')).toBe('2021-02-25T04:57:00');
  });

  it('treats RFC 3339 "-00:00" as an unknown offset', () => {
    expect(parseStructuredDate('2021-02-25T04:57:00-00:00')).toEqual({ year: 2021, month: 2, day: 25, hour: 4, minute: 57, second: 0 });
  });

  it('keeps a date alone when a zone follows a date without time', () => {
    expect(parseStructuredDate('2021-02-25Z')).toEqual({ year: 2021, month: 2, day: 25 });
  });

  it('reads week and ordinal dates', () => {
    // Week 1 of 2021 starts Monday 4 January; week 8 starts Monday 22 February; day 4 is Thursday the 25th.
    expect(parseStructuredDate('2021-W08-4')).toEqual({ year: 2021, month: 2, day: 25 });
    expect(parseStructuredDate('2021W084')).toEqual({ year: 2021, month: 2, day: 25 });
    // 31 days of January + 25 = day 56.
    expect(parseStructuredDate('2021-056')).toEqual({ year: 2021, month: 2, day: 25 });
    expect(parseStructuredDate('2020-366')).toEqual({ year: 2020, month: 12, day: 31 });
    // 2020 began on a Wednesday in a leap year, so it has a week 53, ending on Sunday 3 January 2021.
    expect(parseStructuredDate('2020-W53-7')).toEqual({ year: 2021, month: 1, day: 3 });
  });

  it('rejects impossible values instead of reading them some other way', () => {
    expect(parseStructuredDate('2021-02-30')).toBeNull();
    expect(parseStructuredDate('2021-02-29')).toBeNull();
    expect(parseStructuredDate('2021-13-01')).toBeNull();
    expect(parseStructuredDate('2021-00-10')).toBeNull();
    expect(parseStructuredDate('2021-02-25T25:00:00Z')).toBeNull();
    expect(parseStructuredDate('2021-02-25T24:00:00')).toBeNull();
    expect(parseStructuredDate('2021-02-25T14:60')).toBeNull();
    expect(parseStructuredDate('2021-02-25T04:57:00+15:00')).toBeNull();
    expect(parseStructuredDate('2021-366')).toBeNull();
    expect(parseStructuredDate('2021-W53-1')).toBeNull();
  });

  it('accepts 29 February in leap years only', () => {
    expect(parseStructuredDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseStructuredDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseStructuredDate('1900-02-29')).toBeNull();
  });

  it('rejects placeholders CMSs print for a missing date', () => {
    expect(parseStructuredDate('0001-01-01T00:00:00')).toBeNull();
    expect(parseStructuredDate('1970-01-01T00:00:00Z')).toBeNull();
    expect(parseStructuredDate('1970-01-01')).toBeNull();
    // Epoch 0 printed in New York.
    expect(parseStructuredDate('1969-12-31T19:00:00-05:00')).toBeNull();
  });

  it('says null for partial or empty values', () => {
    expect(parseStructuredDate('')).toBeNull();
    expect(parseStructuredDate('   ')).toBeNull();
    expect(parseStructuredDate('2021')).toBeNull();
    expect(parseStructuredDate('2021-02')).toBeNull();
    expect(parseStructuredDate('null')).toBeNull();
    expect(parseStructuredDate('123')).toBeNull();
  });
});

describe('parseStructuredDate: RFC 2822 and relatives', () => {
  it('reads RSS dates with numeric offsets and zone names', () => {
    expect(parseStructuredDate('Thu, 25 Feb 2021 04:57:00 +0300')).toEqual({ year: 2021, month: 2, day: 25, hour: 4, minute: 57, second: 0, offsetMinutes: 180 });
    expect(iso('Thu, 25 Feb 2021 01:57:00 GMT')).toBe('2021-02-25T01:57:00Z');
    expect(iso('Thu, 25 Feb 2021 01:57:00 UT')).toBe('2021-02-25T01:57:00Z');
    expect(iso('Thu, 25 Feb 2021 04:57:00 EST')).toBe('2021-02-25T04:57:00-05:00');
    expect(iso('25 Feb 2021 04:57 -0500')).toBe('2021-02-25T04:57:00-05:00');
    expect(iso('Thu, 25 Feb 2021 04:57:00 +0300 (MSK)')).toBe('2021-02-25T04:57:00+03:00');
  });

  it('reads RFC 850 and asctime forms, and the obsolete 2-digit year', () => {
    expect(iso('Thursday, 25-Feb-21 04:57:00 GMT')).toBe('2021-02-25T04:57:00Z');
    // asctime carries no zone; none is invented.
    expect(iso('Thu Feb 25 04:57:00 2021')).toBe('2021-02-25T04:57:00');
  });

  it('reads military zone letters other than Z as unknown (RFC 2822 §4.3)', () => {
    expect(iso('Thu, 25 Feb 2021 04:57:00 A')).toBe('2021-02-25T04:57:00');
  });

  it('rejects impossible RFC dates', () => {
    expect(parseStructuredDate('Tue, 30 Feb 2021 04:57:00 GMT')).toBeNull();
    expect(parseStructuredDate('Thu, 25 Feb 2021 25:57:00 GMT')).toBeNull();
  });
});

describe('parseStructuredDate: epoch numbers', () => {
  it('reads seconds and milliseconds as UTC', () => {
    // `date -u -d @1614218220` → Thu Feb 25 01:57:00 UTC 2021
    expect(parseStructuredDate('1614218220')).toEqual({ year: 2021, month: 2, day: 25, hour: 1, minute: 57, second: 0, offsetMinutes: 0 });
    expect(iso('1614218220000')).toBe('2021-02-25T01:57:00Z');
    expect(iso('1614218220.5')).toBe('2021-02-25T01:57:00Z');
  });

  it('accepts only 1995–2100', () => {
    // 788918400 is 1995-01-01T00:00:00Z.
    expect(iso('788918400')).toBe('1995-01-01T00:00:00Z');
    expect(parseStructuredDate('788918399')).toBeNull();
    expect(parseStructuredDate('4102444800')).toBeNull(); // 2100-01-01T00:00:00Z
    expect(parseStructuredDate('99999999999')).toBeNull(); // 11 digits: neither seconds nor milliseconds
  });
});

describe('parseStructuredDate: human text in machine fields', () => {
  it('falls back to the visible-text reader', () => {
    expect(iso('February 25, 2021')).toBe('2021-02-25');
    expect(iso('25 février 2021 à 14h37')).toBe('2021-02-25T14:37:00');
    expect(iso('Thu Feb 25 2021 04:57:00 GMT+0300 (Moscow Standard Time)')).toBe('2021-02-25T04:57:00+03:00');
    expect(iso('2021-02-25 at 14:57')).toBe('2021-02-25T14:57:00');
  });

  it('passes the language on for numeric order', () => {
    expect(iso('03/04/2021')).toBe('2021-03-04');
    expect(iso('03/04/2021', 'de')).toBe('2021-04-03');
  });
});
