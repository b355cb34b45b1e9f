import { describe, expect, it } from 'vitest';
import { parseVisibleDate, parseDateLine, labelKind, parseStructuredDate, parseUrlDate, toIsoString } from '../../../src/core/dates';

const iso = (text: string, lang?: string, tz?: string) => {
  const p = parseVisibleDate(text, lang);
  return p ? toIsoString(p, tz) : null;
};

describe('visible dates', () => {
  it('reads the seed line, time before the date, in the publisher zone', () => {
    expect(iso('Published Date: 04:57 | 25 February 2021', 'en', 'Europe/Istanbul')).toBe('2021-02-25T04:57:00+03:00');
    expect(iso('Published Date: 04:57 | 25 February 2021', 'en')).toBe('2021-02-25T04:57:00');
  });
  it('reads numeric dates day-first or month-first by language', () => {
    expect(iso('25.02.2021 14:57', 'de')).toBe('2021-02-25T14:57:00');
    expect(iso('03/04/2021', 'en-US')).toBe('2021-03-04');
    expect(iso('03/04/2021', 'en-GB')).toBe('2021-04-03');
    expect(iso('03/04/2021', 'fr')).toBe('2021-04-03');
    expect(iso('25/02/2021', 'en-US')).toBe('2021-02-25');
  });
  it('reads US styles with zones and DST', () => {
    expect(iso('Feb. 25, 2021 2:57 PM ET')).toBe('2021-02-25T14:57:00-05:00');
    expect(iso('July 4, 2021 9:05 a.m. ET')).toBe('2021-07-04T09:05:00-04:00');
    expect(iso('February 25, 2021 at 2:57 p.m. EST')).toBe('2021-02-25T14:57:00-05:00');
    expect(iso('Updated 2:57 PM EST, Thu February 25, 2021')).toBe('2021-02-25T14:57:00-05:00');
    expect(iso('Thursday 25 February 2021 14.57 GMT', 'en-GB')).toBe('2021-02-25T14:57:00Z');
  });
  it('reads month names in many languages', () => {
    expect(iso('25 Şubat 2021', 'tr')).toBe('2021-02-25');
    expect(iso('25 de febrero de 2021', 'es')).toBe('2021-02-25');
    expect(iso('25 febbraio 2021', 'it')).toBe('2021-02-25');
    expect(iso('25 fevereiro 2021', 'pt')).toBe('2021-02-25');
    expect(iso('25 февраля 2021', 'ru')).toBe('2021-02-25');
    expect(iso('25 лютого 2021', 'uk')).toBe('2021-02-25');
    expect(iso('Veröffentlicht am 25.02.2021, 14:37 Uhr', 'de')).toBe('2021-02-25T14:37:00');
    expect(iso('25. Februar 2021', 'de')).toBe('2021-02-25');
    expect(iso('2021年2月25日 14時57分', 'ja')).toBe('2021-02-25T14:57:00');
    expect(iso('2021. 2. 25.', 'ko')).toBe('2021-02-25');
  });
  it('says null for things that are not dates', () => {
    expect(parseVisibleDate('3 hours ago')).toBeNull();
    expect(parseVisibleDate('© 2021 Example')).toBeNull();
    expect(parseVisibleDate('Call 555-1234 now, open 24/7')).toBeNull();
    expect(parseVisibleDate('14:57')).toBeNull();
    expect(parseVisibleDate('31 February 2021')).toBeNull();
    expect(parseVisibleDate('1,234 readers')).toBeNull();
  });
});

describe('date lines with both times', () => {
  it('reads the French published/updated line', () => {
    const r = parseDateLine('Publié le 25/02/2021 à 14h37, mis à jour à 16h05', 'fr');
    expect(toIsoString(r.published!)).toBe('2021-02-25T14:37:00');
    expect(toIsoString(r.modified!)).toBe('2021-02-25T16:05:00');
  });
  it('labels lines', () => {
    expect(labelKind('Published Date: 04:57 | 25 February 2021')).toBe('published');
    expect(labelKind('Modified Date: 04:57 | 25 February 2021')).toBe('modified');
    expect(labelKind('Aktualisiert am 25.02.2021')).toBe('modified');
    expect(labelKind('Güncelleme: 25.02.2021')).toBe('modified');
    expect(labelKind('The mayor of Springfield')).toBeNull();
  });
});

describe('structured dates', () => {
  it('reads ISO variants and keeps offsets', () => {
    expect(toIsoString(parseStructuredDate('2021-02-25T04:57:00+03:00')!)).toBe('2021-02-25T04:57:00+03:00');
    expect(toIsoString(parseStructuredDate('2021-02-25T01:57Z')!)).toBe('2021-02-25T01:57:00Z');
    expect(toIsoString(parseStructuredDate('2021-02-25 04:57:00')!)).toBe('2021-02-25T04:57:00');
    expect(toIsoString(parseStructuredDate('20210225T045700+0300')!)).toBe('2021-02-25T04:57:00+03:00');
    expect(toIsoString(parseStructuredDate('2021-02-25T04:57:00.123-05:00')!)).toBe('2021-02-25T04:57:00-05:00');
    expect(toIsoString(parseStructuredDate('2021-02-25')!)).toBe('2021-02-25');
  });
  it('reads RFC 2822 and epoch values', () => {
    expect(toIsoString(parseStructuredDate('Thu, 25 Feb 2021 04:57:00 +0300')!)).toBe('2021-02-25T04:57:00+03:00');
    expect(toIsoString(parseStructuredDate('Thu, 25 Feb 2021 01:57:00 GMT')!)).toBe('2021-02-25T01:57:00Z');
    expect(toIsoString(parseStructuredDate('1614218220')!)).toBe('2021-02-25T01:57:00Z');
  });
  it('rejects impossible values', () => {
    expect(parseStructuredDate('2021-02-30')).toBeNull();
    expect(parseStructuredDate('2021-13-01')).toBeNull();
    expect(parseStructuredDate('2021-02-25T25:00:00Z')).toBeNull();
    expect(parseStructuredDate('')).toBeNull();
  });
});

describe('zones', () => {
  it('follows DST of the home zone', () => {
    expect(toIsoString({ year: 2021, month: 2, day: 25, hour: 12, minute: 0 }, 'Europe/Berlin')).toBe('2021-02-25T12:00:00+01:00');
    expect(toIsoString({ year: 2021, month: 7, day: 25, hour: 12, minute: 0 }, 'Europe/Berlin')).toBe('2021-07-25T12:00:00+02:00');
    expect(toIsoString({ year: 2021, month: 7, day: 25, hour: 12, minute: 0 }, 'Europe/Istanbul')).toBe('2021-07-25T12:00:00+03:00');
    expect(toIsoString({ year: 2021, month: 1, day: 5, hour: 9, minute: 30 }, 'America/New_York')).toBe('2021-01-05T09:30:00-05:00');
  });
});

describe('URL dates', () => {
  it('reads dates in paths but not ids', () => {
    expect(parseUrlDate('https://example.com/2021/02/25/story-slug')).toEqual({ year: 2021, month: 2, day: 25 });
    expect(parseUrlDate('https://www.theguardian.com/world/2021/feb/25/armenia')).toEqual({ year: 2021, month: 2, day: 25 });
    expect(parseUrlDate('https://example.com/news/story-2021-02-25-slug')).toEqual({ year: 2021, month: 2, day: 25 });
    expect(parseUrlDate('https://example.com/news/20210225/slug')).toEqual({ year: 2021, month: 2, day: 25 });
    expect(parseUrlDate('https://example.com/article/1202595880')).toBeNull();
    expect(parseUrlDate('https://example.com/a?date=2021/02/25')).toBeNull();
  });
});
