import { describe, expect, it } from 'vitest';
import { parseUrlDate } from '../../../src/core/dates';

/**
 * Some sites file stories under /YYYY/MM/ and start the slug with a two-digit-year date,
 * "/2015/08/150803-gender-bias-…" (National Geographic's news archive): the folder gives the
 * century and confirms year and month, so the six digits are the day.
 */
describe('a YYMMDD slug under its /YYYY/MM/ folder', () => {
  it('is the date when the folder agrees with it', () => {
    expect(parseUrlDate('http://news.example.com/energy/2015/08/150803-office-temperatures/')).toEqual({ year: 2015, month: 8, day: 3 });
    expect(parseUrlDate('https://example.com/2021/02/210225_story.html')).toEqual({ year: 2021, month: 2, day: 25 });
    expect(parseUrlDate('https://example.com/2015/08/150803')).toEqual({ year: 2015, month: 8, day: 3 });
  });

  it('is no date when the folder disagrees or the digits are an id', () => {
    expect(parseUrlDate('https://example.com/2015/08/160803-story/')).toBeNull();
    expect(parseUrlDate('https://example.com/2015/08/150903-story/')).toBeNull();
    expect(parseUrlDate('https://example.com/2015/08/150832-story/')).toBeNull();
    expect(parseUrlDate('https://example.com/2015/08/1508031-story/')).toBeNull();
    expect(parseUrlDate('https://example.com/2015/150803-story/')).toBeNull();
  });
});
