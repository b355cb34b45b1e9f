import { describe, expect, it } from 'vitest';
import {
  describeOffset,
  formatAbsolute,
  formatDuration,
  formatRelative,
  formatTimeline,
  formatUpdateGap,
  parsePageTime,
  type PageTime,
} from '../../../src/ui/time';

const at = (iso: string) => Date.parse(iso);
const parse = (iso: string): PageTime => {
  const t = parsePageTime(iso);
  if (!t) throw new Error(`did not parse ${iso}`);
  return t;
};
const GB_UTC = { locale: 'en-GB', timeZone: 'UTC' };

describe('parsePageTime', () => {
  it('tells instants, wall-clock times and dates apart', () => {
    expect(parse('2021-02-25T04:57:00+03:00')).toMatchObject({ kind: 'instant', offset: '+03:00' });
    expect(parse('2021-02-25T01:57:00Z')).toMatchObject({ kind: 'instant', offset: 'Z' });
    expect(parse('2021-02-25T04:57')).toMatchObject({ kind: 'wall-clock', fields: { hour: 4, minute: 57 } });
    expect(parse('2021-02-25')).toMatchObject({ kind: 'date', fields: { year: 2021, month: 2, day: 25 } });
  });

  it('reads an instant to the right moment, whatever the offset spelling', () => {
    const expected = at('2021-02-25T01:57:00Z');
    for (const iso of ['2021-02-25T04:57:00+03:00', '2021-02-25T04:57:00+0300', '2021-02-25T04:57:00.000+03', '2021-02-24T20:57:00-05:00']) {
      const t = parse(iso);
      expect(t.kind === 'instant' && t.date.getTime(), iso).toBe(expected);
    }
  });

  it('rejects what is not an ISO time instead of guessing', () => {
    for (const bad of ['', 'Oct 20', '25/02/2021', '2021-02-30', '2021-13-01', '2021-02-25T25:00', '2021-02-25T04:57+15:00']) {
      expect(parsePageTime(bad), bad).toBeNull();
    }
    expect(parsePageTime(null)).toBeNull();
  });
});

describe('formatAbsolute', () => {
  it("shows an instant in the reader's zone, naming the zone", () => {
    const t = parse('2021-02-25T04:57:00+03:00');
    expect(formatAbsolute(t, GB_UTC)).toBe('25 Feb 2021, 01:57 UTC');
    expect(formatAbsolute(t, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('25 Feb 2021, 10:57 GMT+9');
  });

  it("shows a wall-clock time as printed, whatever the reader's zone, and says it is local", () => {
    const t = parse('2021-02-25T04:57');
    expect(formatAbsolute(t, { locale: 'en-GB', timeZone: 'America/Los_Angeles' })).toBe('25 Feb 2021, 04:57 local time');
    expect(formatAbsolute(t, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('25 Feb 2021, 04:57 local time');
  });

  it('shows a date without a time', () => {
    expect(formatAbsolute(parse('2021-02-25'), { locale: 'en-GB', timeZone: 'Pacific/Kiritimati' })).toBe('25 Feb 2021');
  });
});

describe('describeOffset', () => {
  it('gives the original offset, or says there is none', () => {
    expect(describeOffset(parse('2021-02-25T04:57:00+03:00'))).toBe('UTC+03:00');
    expect(describeOffset(parse('2021-02-25T04:57:00Z'))).toBe('UTC');
    expect(describeOffset(parse('2021-02-25T04:57'))).toBe('no time zone given');
    expect(describeOffset(parse('2021-02-25'))).toBe('a date without time of day');
  });
});

describe('formatRelative', () => {
  const now = at('2021-02-25T05:00:00Z');

  it('says how long ago an instant was', () => {
    expect(formatRelative(parse('2021-02-25T04:59:30Z'), { now })).toBe('just now');
    expect(formatRelative(parse('2021-02-25T04:20:00Z'), { now })).toBe('40 min ago');
    expect(formatRelative(parse('2021-02-25T04:57:00+03:00'), { now })).toBe('3 h ago');
    expect(formatRelative(parse('2021-02-22T05:00:00Z'), { now })).toBe('3 d ago');
    expect(formatRelative(parse('2020-11-25T05:00:00Z'), { now })).toBe('3 mo ago');
    expect(formatRelative(parse('2017-02-25T05:00:00Z'), { now })).toBe('4 y ago');
  });

  it('admits a future time rather than hiding clock skew', () => {
    expect(formatRelative(parse('2021-02-25T05:05:00Z'), { now })).toBe('in 5 min');
  });

  it('does not put a zoneless time or a date relative to now within two days', () => {
    expect(formatRelative(parse('2021-02-25T02:00'), { now })).toBeNull();
    expect(formatRelative(parse('2021-02-24'), { now })).toBeNull();
    expect(formatRelative(parse('2021-02-20T02:00'), { now })).toBe('5 d ago');
    expect(formatRelative(parse('2021-02-20'), { now })).toBe('4 d ago');
  });
});

describe('formatUpdateGap', () => {
  it('says how long after publishing the update came', () => {
    expect(formatUpdateGap(parse('2021-02-25T04:57:00+03:00'), parse('2021-02-25T02:37:00Z'))).toBe('40 min after publishing');
    expect(formatUpdateGap(parse('2021-02-25T04:57'), parse('2021-02-25T08:10'))).toBe('3 h after publishing');
    expect(formatUpdateGap(parse('2021-02-25'), parse('2021-02-27'))).toBe('2 d after publishing');
  });

  it('says nothing when the "update" is the publication itself or comes before it', () => {
    expect(formatUpdateGap(parse('2021-02-25T04:57:00+03:00'), parse('2021-02-25T04:57:00+03:00'))).toBeNull();
    expect(formatUpdateGap(parse('2021-02-25'), parse('2021-02-25'))).toBeNull();
    expect(formatUpdateGap(parse('2021-02-25T10:00'), parse('2021-02-25T09:00'))).toBeNull();
  });

  it('compares only whole days when one time has a zone and the other does not', () => {
    expect(formatUpdateGap(parse('2021-02-25T23:00:00+03:00'), parse('2021-02-25T23:30'))).toBeNull();
    expect(formatUpdateGap(parse('2021-02-25T23:00:00+03:00'), parse('2021-02-26T00:30'))).toBe('1 d after publishing');
  });
});

describe('formatTimeline', () => {
  const now = at('2021-02-25T05:00:00Z');

  it('reads like a sentence fragment', () => {
    expect(formatTimeline('2021-02-25T04:57:00+03:00', '2021-02-25T05:37:00+03:00', { ...GB_UTC, now })).toBe(
      'published 3 h ago · updated 40 min after publishing',
    );
    expect(formatTimeline('2021-02-25T04:57:00+03:00', null, { ...GB_UTC, now })).toBe('published 3 h ago');
  });

  it('falls back to the printed time when relative would be a guess', () => {
    expect(formatTimeline('2021-02-25T04:57', '2021-02-25T04:57', { ...GB_UTC, now })).toBe('published 25 Feb 2021, 04:57 local time');
  });

  it('mentions an update even without a publication time', () => {
    expect(formatTimeline(null, '2021-02-25T04:20:00Z', { ...GB_UTC, now })).toBe('updated 40 min ago');
    expect(formatTimeline(null, null, GB_UTC)).toBeNull();
  });
});

describe('formatDuration', () => {
  it('uses the largest whole unit', () => {
    expect(formatDuration(20_000)).toBe('1 min');
    expect(formatDuration(59 * 60_000)).toBe('59 min');
    expect(formatDuration(23.9 * 3600_000)).toBe('23 h');
    expect(formatDuration(44 * 86400_000)).toBe('44 d');
    expect(formatDuration(200 * 86400_000)).toBe('6 mo');
    expect(formatDuration(800 * 86400_000)).toBe('2 y');
  });
});
