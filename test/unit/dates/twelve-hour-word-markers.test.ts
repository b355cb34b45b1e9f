import { describe, expect, it } from 'vitest';
import { parseDateLine, parseVisibleDate } from '../../../src/core/dates';

/**
 * Arabic pages print times on a 12-hour clock with "ص" (صباحاً, a.m.) or "م" (مساءً, p.m.) after
 * them, often in Arabic-Indic digits: "٠٢:٣٧ م" is 14:37. Without the markers every afternoon
 * story would be dated twelve hours early.
 */
describe('Arabic a.m./p.m. markers after a time', () => {
  const hm = (text: string) => {
    const p = parseVisibleDate(text, 'ar');
    return p ? `${p.hour}:${p.minute}` : null;
  };

  it('"م" and "مساءً" are p.m., "ص" and "صباحاً" a.m., in either digit block', () => {
    expect(hm('الخميس ٢٥ فبراير ٢٠٢١ - ٠٢:٣٧ م')).toBe('14:37');
    expect(hm('25 فبراير 2021 - 02:37 مساءً')).toBe('14:37');
    expect(hm('٢٥ فبراير ٢٠٢١ ٠٩:٣٠ ص')).toBe('9:30');
    expect(hm('25 فبراير 2021 12:10 صباحاً')).toBe('0:10');
    expect(hm('25 فبراير 2021 12:10 م')).toBe('12:10');
  });

  it('a 24-hour time keeps its hour, and a word starting with "م" is no marker', () => {
    expect(hm('25 فبراير 2021 - 14:37 م')).toBe('14:37');
    expect(hm('25 فبراير 2021 - 02:37 مكة المكرمة')).toBe('2:37');
  });

  it('labelled publication and update lines', () => {
    const pub = parseDateLine('نشر في: الخميس ٢٥ فبراير ٢٠٢١ - ٠٢:٣٧ م', 'ar').published;
    const mod = parseDateLine('آخر تحديث: الخميس ٢٥ فبراير ٢٠٢١ - ٠٤:٠٥ م', 'ar').modified;
    expect(pub).toEqual({ year: 2021, month: 2, day: 25, hour: 14, minute: 37 });
    expect(mod).toEqual({ year: 2021, month: 2, day: 25, hour: 16, minute: 5 });
  });
});

/** Malay ("PG" pagi, "PTG" petang) and Greek ("π.μ.", "μ.μ.") pages print their own 12-hour markers too. */
describe('Malay and Greek a.m./p.m. markers', () => {
  const hm = (text: string, lang: string) => {
    const p = parseVisibleDate(text, lang);
    return p ? `${p.hour}:${p.minute}` : null;
  };

  it('are read like "am"/"pm"', () => {
    expect(hm('Khamis, 25 Februari 2021 2:37 PTG', 'ms')).toBe('14:37');
    expect(hm('25 Februari 2021 9:05 pg', 'ms')).toBe('9:5');
    expect(hm('25 Φεβρουαρίου 2021, 2:37 μ.μ.', 'el')).toBe('14:37');
    expect(hm('25 Φεβρουαρίου 2021, 9:37 π.μ.', 'el')).toBe('9:37');
  });
});
