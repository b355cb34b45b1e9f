import { describe, expect, it } from 'vitest';
import { findVisibleDates, parseStructuredDate, parseVisibleDate } from '../../../src/core/dates';

describe('text that is not a date', () => {
  it('relative dates are not guessed', () => {
    for (const text of ['3 hours ago', 'yesterday', 'Yesterday at 14:57', 'il y a 3 h', 'vor 2 Stunden', 'hace 5 minutos', '2 gün önce', '5 минут назад', 'Heute, 14:57 Uhr']) {
      expect(parseVisibleDate(text), text).toBeNull();
    }
  });

  it('dates without a year are not completed with a guessed one', () => {
    for (const text of ['Oct 20', 'October 20', '20 October', '25.02.', '25/02', 'Thursday 25 February', 'Bijgewerkt op 25 februari']) {
      expect(parseVisibleDate(text), text).toBeNull();
    }
  });

  it('numbers that look a little like dates', () => {
    const cases = [
      'Call +1 212-555-0123',
      'Tel. 030 25 02 20 21',
      '8 (495) 123-45-67',
      'Call 555-1234 now, open 24/7',
      '1,234 readers',
      '12.345.678 views',
      'Score: 3-1 after 90 minutes',
      'version 2.5.2021 released',
      'Update to v2.5.2021 now',
      'build 1.25.02.2021',
      'IP 192.168.25.2',
      'Price: 25.02 EUR',
      '© 2021 Example Media',
      'Copyright 2021',
      'Founded in 2021',
      '14:57',
      '2021',
      '25 February 14:57',
      '1/2/3',
    ];
    for (const text of cases) expect(parseVisibleDate(text), text).toBeNull();
  });

  it('a version number in a sentence is not read, a date in the same sentence is', () => {
    expect(parseVisibleDate('Version 2.5.2021 shipped on 3 March 2021')).toEqual({ year: 2021, month: 3, day: 3 });
  });

  it('a list of times without dates gives nothing', () => {
    expect(findVisibleDates('14:57 15:30 16:05 2:57 PM ET')).toEqual([]);
  });

  it('words that share letters with month names are not months', () => {
    expect(parseVisibleDate('25 Marathon 2021')).toBeNull();
    expect(parseVisibleDate('25 Mayors 2021')).toBeNull();
    expect(parseVisibleDate('Top 25 Decisions 2021')).toBeNull();
  });

  it('empty and hostile input', () => {
    expect(parseVisibleDate('')).toBeNull();
    expect(parseStructuredDate('')).toBeNull();
    expect(parseVisibleDate('\u200b\u200f\u00a0')).toBeNull();
    expect(parseVisibleDate('😀 25 February 2021 😀')).toEqual({ year: 2021, month: 2, day: 25 });
  });
});
