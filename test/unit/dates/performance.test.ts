import { describe, expect, it } from 'vitest';
import { findVisibleDates, labelKind, parseDateLine, parseStructuredDate, parseUrlDate, parseVisibleDate } from '../../../src/core/dates';

/**
 * These functions run on thousands of short lines per page, on text the page controls. Inputs built
 * to make a backtracking regex blow up must stay cheap; input beyond the cap must not be read.
 */
const HOSTILE = [
  '1'.repeat(20_000),
  'a'.repeat(20_000),
  '1.'.repeat(10_000),
  '25 '.repeat(10_000),
  'Feb 25 '.repeat(5_000),
  '25 de de de de '.repeat(2_000),
  '12:34 '.repeat(5_000),
  '2021-'.repeat(5_000),
  '1/1/'.repeat(5_000),
  'é'.repeat(20_000),
  'كانون '.repeat(5_000),
  '(GMT+3) '.repeat(5_000),
  ' '.repeat(20_000) + '25 February 2021',
  'published updated '.repeat(2_000),
];

describe('performance on hostile input', () => {
  it('stays fast however the text is built', () => {
    const start = performance.now();
    for (const text of HOSTILE) {
      for (let i = 0; i < 20; i++) {
        parseVisibleDate(text);
        findVisibleDates(text);
        parseDateLine(text);
        labelKind(text);
        parseStructuredDate(text);
        parseUrlDate(`https://example.com/${text}`);
      }
    }
    // 14 inputs × 20 rounds × 6 calls = 1680 calls; a linear parser needs well under a millisecond each.
    expect(performance.now() - start).toBeLessThan(3_000);
  });

  it('reads only the start of long text', () => {
    expect(parseVisibleDate(`${' x'.repeat(200)} 25 February 2021`)).toBeNull();
    expect(labelKind(`${'x '.repeat(200)}Published`)).toBeNull();
  });
});
