/** The tagger reads at most MAX_TAGGED_CHARS characters per document, so a huge page stays cheap. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/ner/index';
import { MAX_TAGGED_CHARS } from '../../../src/core/ner/find-entities';
import { shippedModel } from './shipped-model';

describe('findEntities on a huge document', () => {
  const sentence = 'Angela Merkel met Emmanuel Macron in Paris.';

  it('tags the blocks within the budget', () => {
    const found = findEntities(shippedModel(), ['x'.repeat(MAX_TAGGED_CHARS - sentence.length - 1), sentence]);
    expect(found.map((m) => m.text)).toContain('Paris');
  });

  it('does not tag text past the budget, and keeps offsets into the blocks given', () => {
    const found = findEntities(shippedModel(), ['x'.repeat(MAX_TAGGED_CHARS - 20), sentence, sentence]);
    expect(found.map((m) => m.text)).toContain('Angela Merkel');
    expect(found.every((m) => m.block === 1 && m.end <= 20)).toBe(true);
  });
});
