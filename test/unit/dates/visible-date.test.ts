import { describe, expect, it } from 'vitest';
import { findVisibleDates, parseVisibleDate, toIsoString } from '../../../src/core/dates';

const iso = (text: string, lang?: string) => {
  const parts = parseVisibleDate(text, lang);
  return parts ? toIsoString(parts) : null;
};

describe('parseVisibleDate: the shapes from the brief', () => {
  it('reads a time written before its date', () => {
    expect(parseVisibleDate('Published Date: 04:57 | 25 February 2021')).toEqual({ year: 2021, month: 2, day: 25, hour: 4, minute: 57 });
    expect(iso('Updated 2:57 PM EST, Thu February 25, 2021')).toBe('2021-02-25T14:57:00-05:00');
  });

  it('reads European numeric dates with 24-hour times', () => {
    expect(iso('25.02.2021 14:57', 'de')).toBe('2021-02-25T14:57:00');
    expect(iso('Veröffentlicht am 25.02.2021, 14:37 Uhr', 'de')).toBe('2021-02-25T14:37:00');
  });

  it('reads US styles with 12-hour times and zones', () => {
    expect(iso('Feb. 25, 2021 2:57 PM ET')).toBe('2021-02-25T14:57:00-05:00');
    expect(iso('February 25, 2021 at 2:57 p.m. EST')).toBe('2021-02-25T14:57:00-05:00');
    expect(iso('Thursday, Feb. 25, 2021, 2:57 p.m.')).toBe('2021-02-25T14:57:00');
  });

  it('returns the first date of a published/updated line', () => {
    expect(iso('Publié le 25/02/2021 à 14h37, mis à jour à 16h05', 'fr')).toBe('2021-02-25T14:37:00');
  });

  it('reads the Guardian dateline', () => {
    expect(iso('Thursday 25 February 2021 14.57 GMT', 'en-GB')).toBe('2021-02-25T14:57:00Z');
  });

  it('reads CJK and Korean dotted dates', () => {
    expect(iso('2021年2月25日 14時57分', 'ja')).toBe('2021-02-25T14:57:00');
    expect(iso('2021年2月25日', 'ja')).toBe('2021-02-25');
    expect(iso('2021. 2. 25.', 'ko')).toBe('2021-02-25');
    expect(iso('2021년 2월 25일 오후 2:57', 'ko')).toBe('2021-02-25T14:57:00');
    expect(iso('2021.02.25 14:57', 'ko')).toBe('2021-02-25T14:57:00');
  });

  it('reads ISO-like dates in visible text', () => {
    expect(iso('2021-02-25')).toBe('2021-02-25');
    expect(iso('2021/2/25')).toBe('2021-02-25');
    expect(iso('2021-02-25T14:57:00+03:00')).toBe('2021-02-25T14:57:00+03:00');
  });
});

describe('parseVisibleDate: day-first or month-first', () => {
  it('follows the language when both numbers could be the month', () => {
    expect(iso('03/04/2021')).toBe('2021-03-04');
    expect(iso('03/04/2021', 'en-US')).toBe('2021-03-04');
    expect(iso('03/04/2021', 'en')).toBe('2021-03-04');
    expect(iso('03/04/2021', 'en_us')).toBe('2021-03-04');
    expect(iso('03/04/2021', 'en-GB')).toBe('2021-04-03');
    expect(iso('03/04/2021', 'en-AU')).toBe('2021-04-03');
    for (const lang of ['fr', 'de', 'tr', 'es', 'it', 'pt-BR', 'nl', 'ru', 'pl', 'sr-Latn-RS']) {
      expect(iso('03/04/2021', lang), lang).toBe('2021-04-03');
    }
    expect(iso('03-04-2021', 'en-US')).toBe('2021-03-04');
  });

  it('lets a number above 12 decide', () => {
    expect(iso('25/02/2021')).toBe('2021-02-25');
    expect(iso('25/02/2021', 'en-US')).toBe('2021-02-25');
    expect(iso('02/25/2021')).toBe('2021-02-25');
    expect(iso('02/25/2021', 'en-GB')).toBe('2021-02-25');
    expect(iso('13/13/2021')).toBeNull();
  });

  it('reads dotted dates day-first, as nobody writes month.day.year', () => {
    expect(iso('03.04.2021', 'en-US')).toBe('2021-04-03');
    expect(iso('02.25.2021', 'en-US')).toBe('2021-02-25');
    expect(iso('25.2.2021')).toBe('2021-02-25');
    expect(iso('25. 2. 2021', 'cs')).toBe('2021-02-25');
  });

  it('checks the calendar', () => {
    expect(iso('29.02.2020')).toBe('2020-02-29');
    expect(iso('29.02.2021')).toBeNull();
    expect(iso('31/04/2021', 'fr')).toBeNull();
    expect(iso('31 April 2021')).toBeNull();
  });
});

describe('parseVisibleDate: times', () => {
  it('reads 24-hour forms', () => {
    expect(iso('25 February 2021 14:57')).toBe('2021-02-25T14:57:00');
    expect(iso('25 February 2021 14:57:09')).toBe('2021-02-25T14:57:09');
    expect(iso('25 February 2021 14.57')).toBe('2021-02-25T14:57:00');
    expect(iso('25/02/2021 à 14h37', 'fr')).toBe('2021-02-25T14:37:00');
    expect(iso('25/02/2021 à 14h', 'fr')).toBe('2021-02-25T14:00:00');
    expect(iso('Jeudi 25 février 2021 à 14 h 37', 'fr')).toBe('2021-02-25T14:37:00');
    expect(iso('25.02.2021 um 14 Uhr', 'de')).toBe('2021-02-25T14:00:00');
  });

  it('reads 12-hour forms, including 12 am and 12 pm', () => {
    expect(iso('Feb 25, 2021 2:57 a.m.')).toBe('2021-02-25T02:57:00');
    expect(iso('Feb 25, 2021 2:57pm')).toBe('2021-02-25T14:57:00');
    expect(iso('Feb 25, 2021 12:05 AM')).toBe('2021-02-25T00:05:00');
    expect(iso('Feb 25, 2021 12:05 PM')).toBe('2021-02-25T12:05:00');
    expect(iso('Feb 25, 2021 at 2 PM')).toBe('2021-02-25T14:00:00');
  });

  it('does not take German "am" after a 24-hour time for a.m.', () => {
    expect(iso('um 14:57 am 25.02.2021', 'de')).toBe('2021-02-25T14:57:00');
  });

  it('skips weekday names and connectors between date and time', () => {
    expect(iso('25 Şubat 2021 Perşembe 14:57', 'tr')).toBe('2021-02-25T14:57:00');
    expect(iso('25. helmikuuta 2021 klo 14.57', 'fi')).toBe('2021-02-25T14:57:00');
    expect(iso('25 februari 2021 kl. 14.57', 'sv')).toBe('2021-02-25T14:57:00');
    expect(iso('25 lutego 2021 r., godz. 14:57', 'pl')).toBe('2021-02-25T14:57:00');
  });

  it('does not attach a time that is far away, behind a number or behind a label', () => {
    expect(iso('25 February 2021 — a long sentence follows here before 14:57')).toBe('2021-02-25');
    expect(iso('25 February 2021, 3 comments, 14:57')).toBe('2021-02-25');
    expect(iso('25 February 2021 | Updated 16:05')).toBe('2021-02-25');
  });

  it('rejects impossible times and keeps the date', () => {
    expect(iso('25 February 2021 25:61')).toBe('2021-02-25');
    expect(iso('Feb 25, 2021 14:57 pm')).toBe('2021-02-25T14:57:00');
  });
});

describe('parseVisibleDate: zones', () => {
  it('reads fixed abbreviations and numeric offsets after the time', () => {
    expect(iso('25.02.2021 | 14:57 MSK', 'ru')).toBe('2021-02-25T14:57:00+03:00');
    expect(iso('25 февраля 2021, 14:57 мск', 'ru')).toBe('2021-02-25T14:57:00+03:00');
    expect(iso('25 February 2021 14:57 GMT+3')).toBe('2021-02-25T14:57:00+03:00');
    expect(iso('25 Feb 2021 14:57 (UTC+03:00)')).toBe('2021-02-25T14:57:00+03:00');
    expect(iso('25 Feb 2021 14:57 +0300')).toBe('2021-02-25T14:57:00+03:00');
    expect(iso('25 Feb 2021 14:57 IST')).toBe('2021-02-25T14:57:00+05:30');
    expect(iso('25.02.2021 14:37 Uhr MEZ', 'de')).toBe('2021-02-25T14:37:00+01:00');
    expect(iso('25 Februari 2021 | 14:57 WIB', 'id')).toBe('2021-02-25T14:57:00+07:00');
    expect(iso('14:57, 25 February 2021 (UTC)')).toBe('2021-02-25T14:57:00Z');
  });

  it('chooses EST or EDT for US "ET"/"PT" from the date', () => {
    expect(iso('Jan. 5, 2021 9:05 a.m. ET')).toBe('2021-01-05T09:05:00-05:00');
    expect(iso('July 4, 2021 9:05 a.m. ET')).toBe('2021-07-04T09:05:00-04:00');
    expect(iso('Jan. 5, 2021 9:05 a.m. PT')).toBe('2021-01-05T09:05:00-08:00');
    expect(iso('July 4, 2021 9:05 a.m. PT')).toBe('2021-07-04T09:05:00-07:00');
    expect(iso('July 4, 2021 9:05 a.m. CT')).toBe('2021-07-04T09:05:00-05:00');
    // 2021: DST from Sunday 14 March to Sunday 7 November.
    expect(iso('March 13, 2021 12:00 PM ET')).toBe('2021-03-13T12:00:00-05:00');
    expect(iso('March 15, 2021 12:00 PM ET')).toBe('2021-03-15T12:00:00-04:00');
    expect(iso('November 6, 2021 12:00 PM ET')).toBe('2021-11-06T12:00:00-04:00');
    expect(iso('November 8, 2021 12:00 PM ET')).toBe('2021-11-08T12:00:00-05:00');
    // Before 2007 DST began on the first Sunday of April: 15 March 2005 was still EST.
    expect(iso('March 15, 2005 12:00 PM ET')).toBe('2005-03-15T12:00:00-05:00');
  });

  it('keeps EST fixed even in summer, as written', () => {
    expect(iso('July 4, 2021 9:05 a.m. EST')).toBe('2021-07-04T09:05:00-05:00');
  });

  it('takes abbreviations only in capitals (French "est" is a verb)', () => {
    expect(iso('25 février 2021 à 14h37 est la date', 'fr')).toBe('2021-02-25T14:37:00');
    expect(iso('25 Feb 2021 14:57 gmt')).toBe('2021-02-25T14:57:00Z');
  });

  it('ignores a zone written without a time', () => {
    expect(parseVisibleDate('25 February 2021 GMT')).toEqual({ year: 2021, month: 2, day: 25 });
  });
});

describe('findVisibleDates', () => {
  it('returns every date in order with its position in the input', () => {
    const text = 'Posted  on\u00a0Thursday, 25 Février 2021 à 14h37 — updated 26 February 2021';
    const found = findVisibleDates(text, 'fr');
    expect(found.map((f) => f.parts)).toEqual([
      { year: 2021, month: 2, day: 25, hour: 14, minute: 37 },
      { year: 2021, month: 2, day: 26 },
    ]);
    expect(text.slice(found[0].index, found[0].index + found[0].length)).toBe('25 Février 2021 à 14h37');
    expect(text.slice(found[1].index, found[1].index + found[1].length)).toBe('26 February 2021');
  });

  it('maps positions through decomposed accents', () => {
    const text = 'le 25 Fe\u0301vrier 2021';
    const [found] = findVisibleDates(text, 'fr');
    expect(found.parts).toEqual({ year: 2021, month: 2, day: 25 });
    expect(text.slice(found.index, found.index + found.length)).toBe('25 Fe\u0301vrier 2021');
  });

  it('gives each time to one date only', () => {
    const found = findVisibleDates('25.02.2021 14:57 26.02.2021', 'de');
    expect(found.map((f) => f.parts)).toEqual([
      { year: 2021, month: 2, day: 25, hour: 14, minute: 57 },
      { year: 2021, month: 2, day: 26 },
    ]);
  });

  it('reads only the first 300 characters', () => {
    expect(findVisibleDates(`${'x'.repeat(295)} 25 February 2021`)).toEqual([]);
    expect(findVisibleDates(`${'x'.repeat(250)} 25 February 2021`)).toHaveLength(1);
  });
});
