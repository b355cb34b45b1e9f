import { describe, expect, it } from 'vitest';
import { DATE_LABELS } from '../../../src/core/dates/date-labels.data';
import { findLabels } from '../../../src/core/dates/date-labels';
import { foldWord } from '../../../src/core/dates/fold-text';
import { lookupMonth } from '../../../src/core/dates/month-lookup';
import { MONTH_NAMES } from '../../../src/core/dates/month-names.data';
import { ZONE_ABBREVIATIONS } from '../../../src/core/dates/zone-abbreviations.data';
import { zonedOffsetMinutes } from '../../../src/core/dates';

describe('month name table', () => {
  it('covers the languages the extractor meets', () => {
    const required = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'tr', 'ru', 'uk', 'pl', 'sv', 'da', 'no', 'fi', 'ro', 'cs', 'hu', 'el', 'id', 'ar'];
    for (const lang of required) expect(MONTH_NAMES[lang]?.length, lang).toBe(12);
  });

  it('never lets one folded form name two months', () => {
    // lookupMonth keeps the first month a form was seen with, so a clash shows up as a mismatch here.
    for (const [lang, months] of Object.entries(MONTH_NAMES)) {
      months.forEach((forms, i) => {
        for (const form of forms) expect(lookupMonth(foldWord(form)), `${lang} ${form}`).toBe(i + 1);
      });
    }
  });

  it('matches regardless of case, diacritics and a trailing dot', () => {
    expect(lookupMonth('fevr.')).toBe(2);
    expect(lookupMonth(foldWord('FÉVRIER'))).toBe(2);
    expect(lookupMonth(foldWord('ŞUBAT'))).toBe(2);
    expect(lookupMonth(foldWord('Mayıs'))).toBe(5);
    expect(lookupMonth(foldWord('ΜΑΪΟΥ'))).toBe(5);
    expect(lookupMonth(foldWord('تشرين الأول'))).toBe(10);
    expect(lookupMonth('thursday')).toBeNull();
  });
});

describe('label table', () => {
  it('finds every label as one whole label of its own kind, and no label is both kinds', () => {
    const kindOf = new Map<string, string>();
    for (const [lang, labels] of Object.entries(DATE_LABELS)) {
      for (const kind of ['published', 'modified'] as const) {
        for (const label of labels[kind]) {
          const folded = foldWord(label);
          expect(kindOf.get(folded) ?? kind, `${lang} ${label} is listed as both kinds`).toBe(kind);
          kindOf.set(folded, kind);
          const found = findLabels(folded);
          expect(found.length, `${lang} ${label}`).toBeGreaterThan(0);
          expect(found[0], `${lang} ${label}`).toEqual({ kind, start: 0, end: folded.length });
        }
      }
    }
  });
});

describe('zone abbreviation table', () => {
  it('holds real offsets and zones the runtime knows, in capitals', () => {
    for (const [abbr, entry] of Object.entries(ZONE_ABBREVIATIONS)) {
      expect(abbr, abbr).toBe(abbr.toUpperCase());
      expect((entry.offset === undefined) !== (entry.zone === undefined), abbr).toBe(true);
      if (entry.offset !== undefined) expect(Math.abs(entry.offset), abbr).toBeLessThanOrEqual(14 * 60);
      if (entry.zone !== undefined) expect(zonedOffsetMinutes(entry.zone, { year: 2021, month: 1, day: 1, hour: 12, minute: 0 }), abbr).not.toBeNull();
    }
  });

  it('spells out the well-known offsets', () => {
    expect(ZONE_ABBREVIATIONS.EST.offset).toBe(-300);
    expect(ZONE_ABBREVIATIONS.EDT.offset).toBe(-240);
    expect(ZONE_ABBREVIATIONS.PST.offset).toBe(-480);
    expect(ZONE_ABBREVIATIONS.BST.offset).toBe(60);
    expect(ZONE_ABBREVIATIONS.CET.offset).toBe(60);
    expect(ZONE_ABBREVIATIONS.CEST.offset).toBe(120);
    expect(ZONE_ABBREVIATIONS.MSK.offset).toBe(180);
    expect(ZONE_ABBREVIATIONS.TRT.offset).toBe(180);
    expect(ZONE_ABBREVIATIONS.IST.offset).toBe(330);
    expect(ZONE_ABBREVIATIONS.JST.offset).toBe(540);
    expect(ZONE_ABBREVIATIONS.AEDT.offset).toBe(660);
    expect(ZONE_ABBREVIATIONS.ET.zone).toBe('America/New_York');
  });
});
