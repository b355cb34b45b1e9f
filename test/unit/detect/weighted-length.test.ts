import { describe, expect, it } from 'vitest';
import { MAX_MEASURE_CHARS, weightedLength } from '../../../src/core/detect/text-blocks';
import { weightedLengthOracle } from './support/weighted-length-oracle';
import { rng } from '../support/seeded-random';

/** Characters that matter to the measure: each whitespace it knows, others it does not, CJK and not. */
const ALPHABET = [' ', '\n', '\t', '\r', '\f', '\u00a0', '\u2003', '\v', 'a', 'Z', 'é', '.', '日', 'カ', 'ぁ', '한', '\u3400', '\u9fff', '\uf900', '\u303f', '\u3100', '😀', '\ud800'];

describe('weightedLength', () => {
  it('agrees with the character loop it replaced on 20,000 generated strings', () => {
    const next = rng(7);
    for (let i = 0; i < 20000; i++) {
      const len = Math.floor(next() * 40);
      let s = '';
      for (let j = 0; j < len; j++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(weightedLength(s), JSON.stringify(s)).toBe(weightedLengthOracle(s, MAX_MEASURE_CHARS));
    }
  });

  it('agrees at the measure cap and on edge shapes', () => {
    const cases = ['', ' ', '   ', '\u00a0a\u00a0', ' a b  c ', 'a\n\n\nb', '日本語 のテキスト', 'x'.repeat(MAX_MEASURE_CHARS + 10), ' '.repeat(MAX_MEASURE_CHARS - 1) + 'ab', '日'.repeat(MAX_MEASURE_CHARS + 1)];
    for (const s of cases) expect(weightedLength(s), JSON.stringify(s.slice(0, 20))).toBe(weightedLengthOracle(s, MAX_MEASURE_CHARS));
  });

  it('counts whitespace runs once and CJK characters two and a half times', () => {
    expect(weightedLength('  two   words  ')).toBe(9);
    expect(weightedLength('日本')).toBe(5);
  });
});
