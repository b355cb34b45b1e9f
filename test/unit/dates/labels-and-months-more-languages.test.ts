import { describe, expect, it } from 'vitest';
import { hasDateDigit, labelKind, parseDateLine, parseVisibleDate } from '../../../src/core/dates';

const ymdhm = (text: string, lang?: string) => {
  const p = parseVisibleDate(text, lang);
  if (!p) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}${p.hour === undefined ? '' : `T${pad(p.hour)}:${pad(p.minute ?? 0)}`}`;
};

/** Languages the dev corpus had no page in: their month names, digits and date labels as their news sites print them. */
describe('month names of more languages', () => {
  it('Serbian (Latin and Cyrillic, genitive), Croatian, Slovak, Bulgarian, Catalan', () => {
    expect(ymdhm('25. februara 2021. 14:37', 'sr')).toBe('2021-02-25T14:37');
    expect(ymdhm('25. фебруара 2021.', 'sr')).toBe('2021-02-25');
    expect(ymdhm('25. veljače 2021. u 14:37', 'hr')).toBe('2021-02-25T14:37');
    expect(ymdhm('25. februára 2021', 'sk')).toBe('2021-02-25');
    expect(ymdhm('25 февруари 2021, 14:37', 'bg')).toBe('2021-02-25T14:37');
    expect(ymdhm('25 de febrer de 2021', 'ca')).toBe('2021-02-25');
  });

  it('Hebrew with the prefix "ב", Hindi and Bengali in their own digits', () => {
    expect(ymdhm('25 בפברואר 2021 14:37', 'he')).toBe('2021-02-25T14:37');
    expect(ymdhm('25 फ़रवरी 2021, 02:37 PM', 'hi')).toBe('2021-02-25T14:37');
    expect(ymdhm('२५ फरवरी २०२१', 'hi')).toBe('2021-02-25');
    expect(ymdhm('২৫ ফেব্রুয়ারি ২০২১, ১৪:৩৭', 'bn')).toBe('2021-02-25T14:37');
  });

  it('Croatian "listopad" stays unread: it is November in Czech and Polish', () => {
    expect(ymdhm('25. listopada 2021', 'pl')).toBe('2021-11-25');
  });
});

describe('date labels of more languages', () => {
  it('Italian "modifica" (Corriere: "25 febbraio 2021 (modifica il 25 febbraio 2021 | 16:05)")', () => {
    expect(parseDateLine('25 febbraio 2021 (modifica il 25 febbraio 2021 | 16:05)', 'it')).toEqual({
      published: { year: 2021, month: 2, day: 25 },
      modified: { year: 2021, month: 2, day: 25, hour: 16, minute: 5 },
    });
  });

  it('Hebrew, Hindi, Bengali, Vietnamese, Serbo-Croatian, Bulgarian, Slovak, Catalan, Baltic, Malay', () => {
    expect(labelKind('פורסם: 25.02.2021 14:37')).toBe('published');
    expect(labelKind('עודכן: 25.02.2021 16:05')).toBe('modified');
    expect(labelKind('प्रकाशित: 25 फ़रवरी 2021')).toBe('published');
    expect(labelKind('अपडेटेड: 25 फ़रवरी 2021')).toBe('modified');
    expect(labelKind('প্রকাশ: ২৫ ফেব্রুয়ারি ২০২১')).toBe('published');
    expect(labelKind('Cập nhật: 25/02/2021 16:05')).toBe('modified');
    expect(labelKind('Objavljeno: 25.02.2021. u 14:37')).toBe('published');
    expect(labelKind('Ažurirano: 25.02.2021. u 16:05')).toBe('modified');
    expect(labelKind('Обновено: 25.02.2021 16:05')).toBe('modified');
    expect(labelKind('Aktualizované 25. 2. 2021 16:05')).toBe('modified');
    expect(labelKind('Actualitzat: 25/02/2021 16:05')).toBe('modified');
    expect(labelKind('Atnaujinta 2021-02-25 16:05')).toBe('modified');
    expect(labelKind('Dikemas kini 25 Feb 2021 16:05')).toBe('modified');
  });
});

describe('hasDateDigit', () => {
  it('sees the digit blocks dates are folded from, which /\\d/ does not', () => {
    expect(hasDateDigit('٢٥ فبراير ٢٠٢١')).toBe(true);
    expect(hasDateDigit('۲۵')).toBe(true);
    expect(hasDateDigit('२५ फरवरी')).toBe(true);
    expect(hasDateDigit('２０２１年')).toBe(true);
    expect(hasDateDigit('بقلم: سارة الحسيني')).toBe(false);
  });
});
