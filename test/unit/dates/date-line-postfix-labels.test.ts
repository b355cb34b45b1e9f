import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../../src/core/dates';

/** Japanese (and Chinese) pages write the label after the date: "2019年02月22日 14時30分 公開". */
describe('labels written after their date', () => {
  it('a label after the date claims it', () => {
    expect(parseDateLine('2019年02月22日 14時30分 公開', 'ja')).toEqual({ published: { year: 2019, month: 2, day: 22, hour: 14, minute: 30 } });
    expect(parseDateLine('2022年08月11日 更新', 'ja')).toEqual({ modified: { year: 2022, month: 8, day: 11 } });
    expect(parseDateLine('2019年3月15日公表', 'ja')).toEqual({ published: { year: 2019, month: 3, day: 15 } });
  });

  it('each label takes the date before it', () => {
    expect(parseDateLine('2019年2月22日 公開 2019年3月1日 更新', 'ja')).toEqual({
      published: { year: 2019, month: 2, day: 22 },
      modified: { year: 2019, month: 3, day: 1 },
    });
  });

  it('an unlabelled date before a postfix update label is the publication', () => {
    expect(parseDateLine('2019年2月22日 14:00（2019年3月1日 更新）', 'ja')).toEqual({
      published: { year: 2019, month: 2, day: 22, hour: 14, minute: 0 },
      modified: { year: 2019, month: 3, day: 1 },
    });
  });

  it('labels in front still govern the text after them', () => {
    expect(parseDateLine('公開日：2019年2月22日 更新日：2019年3月1日', 'ja')).toEqual({
      published: { year: 2019, month: 2, day: 22 },
      modified: { year: 2019, month: 3, day: 1 },
    });
  });
});
