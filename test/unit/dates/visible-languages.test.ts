import { describe, expect, it } from 'vitest';
import { parseVisibleDate } from '../../../src/core/dates';

/** [text as a page prints it, page language, expected year-month-day]. */
type Case = [string, string | undefined, string];

const ymd = (text: string, lang?: string) => {
  const p = parseVisibleDate(text, lang);
  return p ? `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}` : null;
};

const check = (cases: Case[]) => {
  for (const [text, lang, expected] of cases) expect(ymd(text, lang), `${text} (${lang})`).toBe(expected);
};

describe('month names by language', () => {
  it('English: full, abbreviated, with and without dot, ordinals, "of"', () => {
    check([
      ['25 February 2021', 'en-GB', '2021-02-25'],
      ['February 25, 2021', 'en-US', '2021-02-25'],
      ['Feb 25 2021', undefined, '2021-02-25'],
      ['Sept. 3, 2021', undefined, '2021-09-03'],
      ['February 25th, 2021', undefined, '2021-02-25'],
      ['25th of February, 2021', undefined, '2021-02-25'],
      ['25-Feb-2021', undefined, '2021-02-25'],
      ['2021 Feb 25', undefined, '2021-02-25'],
      ['FEBRUARY 25, 2021', undefined, '2021-02-25'],
    ]);
  });

  it('French, German, Spanish, Italian, Portuguese, Dutch', () => {
    check([
      ['1er mars 2021', 'fr', '2021-03-01'],
      ['25 févr. 2021', 'fr', '2021-02-25'],
      ['25 fevrier 2021', 'fr', '2021-02-25'],
      ['15 août 2021', 'fr', '2021-08-15'],
      ['25. Februar 2021', 'de', '2021-02-25'],
      ['25. März 2021', 'de', '2021-03-25'],
      ['25. Jänner 2021', 'de-AT', '2021-01-25'],
      ['25 de febrero de 2021', 'es', '2021-02-25'],
      ['1º de marzo del 2021', 'es', '2021-03-01'],
      ['25 feb. 2021', 'es', '2021-02-25'],
      ['25 febbraio 2021', 'it', '2021-02-25'],
      ['25 set 2021', 'it', '2021-09-25'],
      ['25 fevereiro 2021', 'pt', '2021-02-25'],
      ['25 de março de 2021', 'pt-BR', '2021-03-25'],
      ['25 out. 2021', 'pt-BR', '2021-10-25'],
      ['25 februari 2021', 'nl', '2021-02-25'],
      ['25 mrt. 2021', 'nl', '2021-03-25'],
    ]);
  });

  it('Turkish, with and without its letters, in capitals', () => {
    check([
      ['25 Şubat 2021', 'tr', '2021-02-25'],
      ['25 Subat 2021', 'tr', '2021-02-25'],
      ['25 ŞUBAT 2021', 'tr', '2021-02-25'],
      ['25 Mayıs 2021', 'tr', '2021-05-25'],
      ['25 MAYIS 2021', 'tr', '2021-05-25'],
      ['25 Ağustos 2021', 'tr', '2021-08-25'],
      ['25 Ara 2021', 'tr', '2021-12-25'],
    ]);
  });

  it('Russian and Ukrainian, genitive and abbreviated', () => {
    check([
      ['25 февраля 2021', 'ru', '2021-02-25'],
      ['25 февраля 2021 г.', 'ru', '2021-02-25'],
      ['1 мая 2021', 'ru', '2021-05-01'],
      ['25 авг. 2021', 'ru', '2021-08-25'],
      ['25 лютого 2021', 'uk', '2021-02-25'],
      ['25 серпня 2021', 'uk', '2021-08-25'],
      ['25 ЛИСТОПАДА 2021', 'uk', '2021-11-25'],
    ]);
  });

  it('Polish, Swedish, Danish, Norwegian, Finnish', () => {
    check([
      ['25 lutego 2021', 'pl', '2021-02-25'],
      ['25 października 2021', 'pl', '2021-10-25'],
      ['25 pazdziernika 2021', 'pl', '2021-10-25'],
      ['25 sie 2021', 'pl', '2021-08-25'],
      ['25 februari 2021', 'sv', '2021-02-25'],
      ['25 maj 2021', 'sv', '2021-05-25'],
      ['25. marts 2021', 'da', '2021-03-25'],
      ['25. desember 2021', 'nb', '2021-12-25'],
      ['25. helmikuuta 2021', 'fi', '2021-02-25'],
      ['25. joulukuuta 2021', 'fi', '2021-12-25'],
    ]);
  });

  it('Romanian, Czech, Hungarian (year first), Greek, Indonesian', () => {
    check([
      ['25 februarie 2021', 'ro', '2021-02-25'],
      ['25 noiembrie 2021', 'ro', '2021-11-25'],
      ['25. února 2021', 'cs', '2021-02-25'],
      ['25. prosince 2021', 'cs', '2021-12-25'],
      ['2021. február 25.', 'hu', '2021-02-25'],
      ['2021. márc. 25.', 'hu', '2021-03-25'],
      ['25 Φεβρουαρίου 2021', 'el', '2021-02-25'],
      ['ΠΕΜΠΤΗ 25 ΦΕΒΡΟΥΑΡΙΟΥ 2021', 'el', '2021-02-25'],
      ['25 Μαΐου 2021', 'el', '2021-05-25'],
      ['25 Februari 2021', 'id', '2021-02-25'],
      ['25 Agu 2021', 'id', '2021-08-25'],
    ]);
  });

  it('Arabic: Egyptian/Gulf and Levantine names, two-word names, Arabic-Indic digits, paired names', () => {
    check([
      ['25 فبراير 2021', 'ar', '2021-02-25'],
      ['25 شباط 2021', 'ar', '2021-02-25'],
      ['الخميس 25 كانون الثاني 2021', 'ar', '2021-01-25'],
      ['25 كانون الأول 2021', 'ar', '2021-12-25'],
      ['25 تشرين الثاني 2021', 'ar', '2021-11-25'],
      ['25 أغسطس 2021', 'ar', '2021-08-25'],
      ['25 اغسطس 2021', 'ar', '2021-08-25'],
      ['٢٥ فبراير ٢٠٢١', 'ar', '2021-02-25'],
      ['25 فبراير/شباط 2021', 'ar', '2021-02-25'],
      ['25 شباط (فبراير) 2021', 'ar', '2021-02-25'],
    ]);
  });

  it('two-digit years only next to a month name, and not when they look like an hour or a count', () => {
    check([
      ['25 Feb 21', undefined, '2021-02-25'],
      ['25-Feb-21', undefined, '2021-02-25'],
      ["Feb 25, '21", undefined, '2021-02-25'],
      ['25 Dec 99', undefined, '1999-12-25'],
    ]);
    expect(ymd('25/02/21', 'fr')).toBeNull();
    expect(ymd('Feb 25 21')).toBeNull();
    expect(ymd('25 February 21:30')).toBeNull();
    expect(ymd('25 Feb 10 am')).toBeNull();
    expect(ymd('Monday 3 May 21 people')).toBeNull();
  });

  it('does not take a month name from another month as its alias', () => {
    expect(ymd('25 Feb/Mar 2021')).toBeNull();
  });
});
