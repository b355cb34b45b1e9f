import { describe, expect, it } from 'vitest';
import { parseUrlDate } from '../../../src/core/dates';

const FEB_25 = { year: 2021, month: 2, day: 25 };

describe('parseUrlDate', () => {
  it('reads the common path shapes', () => {
    expect(parseUrlDate('https://example.com/2021/02/25/story-slug/')).toEqual(FEB_25);
    expect(parseUrlDate('https://example.com/news/2021/2/25/story')).toEqual(FEB_25);
    expect(parseUrlDate('https://example.com/2021/02/25')).toEqual(FEB_25);
    expect(parseUrlDate('https://example.com/2021/02/25.html')).toEqual(FEB_25);
    expect(parseUrlDate('https://www.theguardian.com/world/2021/feb/25/armenia-pm-coup')).toEqual(FEB_25);
    expect(parseUrlDate('https://example.com/news/2021-02-25-story-slug')).toEqual(FEB_25);
    expect(parseUrlDate('https://example.com/news/story-slug-2021-02-25')).toEqual(FEB_25);
    expect(parseUrlDate('https://example.com/news/2021_02_25_story')).toEqual(FEB_25);
    expect(parseUrlDate('https://example.com/news/20210225/story')).toEqual(FEB_25);
    expect(parseUrlDate('https://example.com/news/story-20210225.html')).toEqual(FEB_25);
    expect(parseUrlDate('http://example.com/n1/2021/0225/c1002-32036842.html')).toEqual(FEB_25);
  });

  it('accepts protocol-relative and root-relative URLs', () => {
    expect(parseUrlDate('//example.com/2021/02/25/story')).toEqual(FEB_25);
    expect(parseUrlDate('/2021/02/25/story')).toEqual(FEB_25);
  });

  it('ignores the query and the fragment', () => {
    expect(parseUrlDate('https://example.com/a?date=2021/02/25')).toBeNull();
    expect(parseUrlDate('https://example.com/a?d=20210225')).toBeNull();
    expect(parseUrlDate('https://example.com/a#/2021/02/25/')).toBeNull();
    expect(parseUrlDate('https://example.com/2021/02/25/story?utm=2020/01/01')).toEqual(FEB_25);
  });

  it('does not read dates inside long numeric ids', () => {
    expect(parseUrlDate('https://example.com/article/1202595880')).toBeNull();
    expect(parseUrlDate('https://example.com/news/202102251234/story')).toBeNull();
    expect(parseUrlDate('https://example.com/news/story-120210225')).toBeNull();
    expect(parseUrlDate('https://example.com/article-12345678901')).toBeNull();
  });

  it('needs a full, real date in 1995–2100', () => {
    expect(parseUrlDate('https://example.com/2021/02/')).toBeNull();
    expect(parseUrlDate('https://example.com/2021/02/30/story')).toBeNull();
    expect(parseUrlDate('https://example.com/2021/13/01/story')).toBeNull();
    expect(parseUrlDate('https://example.com/1990/02/25/story')).toBeNull();
    expect(parseUrlDate('https://example.com/2021/news/25/story')).toBeNull();
    expect(parseUrlDate('https://example.com/sizes/1920/1080/60/')).toBeNull();
    expect(parseUrlDate('')).toBeNull();
    expect(parseUrlDate('not a url')).toBeNull();
  });

  it('takes the first date when a path has two', () => {
    expect(parseUrlDate('https://example.com/2021/02/25/update-of-2020-01-01-story')).toEqual(FEB_25);
  });
});
