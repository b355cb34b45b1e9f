import { describe, expect, it } from 'vitest';
import { TAGS } from '../../../src/core/ner/labels';
import { spansOf, spansOfTags } from '../../../src/core/ner/spans';

describe('spansOfTags', () => {
  it('reads tag indices as spansOf reads the tag names, stray I- tags included', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % TAGS.length;
    for (let k = 0; k < 500; k++) {
      const tags = Array.from({ length: k % 12 }, next);
      expect(spansOfTags(tags)).toEqual(spansOf(tags.map((t) => TAGS[t])));
    }
  });
});
