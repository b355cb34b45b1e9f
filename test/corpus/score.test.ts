import { describe, expect, it } from 'vitest';
import { blankAnnotation } from '../../src/cli/blank-annotation';
import type { Annotation } from '../../src/core/types';
import type { CorpusEntry } from '../../scripts/corpus/corpus-files';
import {
  authorsF1,
  normalizePublisher,
  normalizeText,
  normalizeUrl,
  primaryLanguage,
  publishedDayMatch,
  scorePage,
  summarize,
  titleMatches,
} from '../../scripts/corpus/score';

describe('title', () => {
  it('matches after NFKC, quote, dash, whitespace and case folding', () => {
    expect(titleMatches('Linux Engineer’s random\u00a0thoughts — “awk”', "linux engineer's random thoughts - \"AWK\"")).toBe(true);
    expect(normalizeText('ＡＢＣ\tdef')).toBe('abc def');
    expect(titleMatches(null, 'x')).toBe(false);
    expect(titleMatches('A title | Site', 'A title')).toBe(false);
  });
});

describe('authorsF1', () => {
  it('scores word overlap of all names', () => {
    expect(authorsF1(['Anton Shilov'], ['Anton Shilov'])).toBe(1);
    expect(authorsF1(['MARIA LOPEZ'], ['Maria Lopez', 'AP'])).toBeCloseTo(0.8);
    expect(authorsF1(['John Patrick Pullen'], ['John Patrick Pullen', 'TIME'])).toBeCloseTo(6 / 7);
    expect(authorsF1([], ['Ars Staff'])).toBe(0);
    expect(authorsF1([], [])).toBe(1);
    expect(authorsF1(['Ann Lee', 'Ann Lee'], ['Ann Lee'])).toBeCloseTo(2 / 3);
  });
});

describe('publishedDayMatch', () => {
  it('compares our local date with the label’s UTC date', () => {
    expect(publishedDayMatch('2016-12-15', '2016-12-15T14:57:00.000Z')).toBe('local-date');
    expect(publishedDayMatch('2016-12-15T09:57:00', '2016-12-15T14:57:00.000Z')).toBe('local-date');
    expect(publishedDayMatch('2016-12-14', '2016-12-15T14:57:00.000Z')).toBeNull();
  });

  it('also accepts the UTC date of an instant with an offset', () => {
    expect(publishedDayMatch('2016-12-28T20:32:00-05:00', '2016-12-29T01:32:00.000Z')).toBe('utc-date');
    expect(publishedDayMatch('2016-12-28T20:32:00', '2016-12-29T01:32:00.000Z')).toBeNull();
  });

  it('reads labels at 04:00/05:00 UTC as US local midnights of that day', () => {
    expect(publishedDayMatch('2017-03-08', '2017-03-08T05:00:00.000Z')).toBe('us-local-midnight');
    expect(publishedDayMatch('2017-03-08T23:10:00-05:00', '2017-03-08T05:00:00.000Z')).toBe('us-local-midnight');
  });

  it('reads whole-hour labels from 12:00 to 23:00 UTC as local midnights east of UTC (the next day)', () => {
    expect(publishedDayMatch('2019-04-04', '2019-04-03T15:00:00.000Z')).toBe('east-local-midnight');
    expect(publishedDayMatch('2019-02-13T12:00:00+09:00', '2019-02-12T15:00:00.000Z')).toBe('east-local-midnight');
    expect(publishedDayMatch('2019-04-05', '2019-04-03T15:00:00.000Z')).toBeNull();
    // Not a whole hour: a real publication instant, not a local midnight.
    expect(publishedDayMatch('2016-12-16', '2016-12-15T14:57:00.000Z')).toBeNull();
  });

  it('rejects missing and malformed values', () => {
    expect(publishedDayMatch(null, '2016-12-15T14:57:00.000Z')).toBeNull();
    expect(publishedDayMatch('Dec 15, 2016', '2016-12-15T14:57:00.000Z')).toBeNull();
  });
});

describe('publisher, lang and URL normalization', () => {
  it('ignores a leading "The", case and dashes', () => {
    expect(normalizePublisher('The Verge')).toBe(normalizePublisher('the verge'));
    expect(normalizePublisher('Verge')).toBe(normalizePublisher('The Verge'));
  });
  it('compares primary language subtags', () => {
    expect(primaryLanguage('en-US')).toBe(primaryLanguage('EN'));
    expect(primaryLanguage('pt_BR')).toBe('pt');
  });
  it('compares URLs without scheme, fragment or trailing slash', () => {
    expect(normalizeUrl('http://Example.com/a/b/#top')).toBe(normalizeUrl('https://example.com/a/b'));
    expect(normalizeUrl('https://example.com/a?id=1')).not.toBe(normalizeUrl('https://example.com/a?id=2'));
  });
});

describe('scorePage and summarize', () => {
  const annotation = (fields: Partial<Annotation>): Annotation => ({
    ...blankAnnotation('https://example.com/a', { kind: 'html', reason: 'test' }),
    ...fields,
  });
  const entry: CorpusEntry = {
    file: '001.html',
    url: 'https://example.com/a',
    expected: { title: 'A title', authors: ['Ann Lee'], date_modified_or_published: '2021-02-25T10:00:00.000Z', lang: 'en' },
    suspect: ['authors'],
  };

  it('scores labelled fields, skips suspect labels, and uses modified ?? published for metascraper dates', () => {
    const result = scorePage(annotation({ headline: 'A title', published: '2021-02-20', modified: '2021-02-25T11:00:00+01:00', lang: 'en-GB' }), entry);
    expect(result.skipped).toEqual(['authors']);
    expect(Object.fromEntries(result.scores.map((s) => [s.field, s.score]))).toEqual({ title: 1, published: 1, lang: 1 });
  });

  it('adds scores up per field', () => {
    const pages = [scorePage(annotation({ headline: 'A title' }), entry), scorePage(annotation({ headline: 'Other' }), entry)];
    const title = summarize(pages).find((s) => s.field === 'title')!;
    expect(title).toMatchObject({ labelled: 2, total: 1, accuracy: 0.5, perfect: 1, skipped: 0 });
    expect(summarize(pages).find((s) => s.field === 'authors')).toMatchObject({ labelled: 0, accuracy: 0, skipped: 2 });
  });
});
