import { describe, expect, it } from 'vitest';
import { withinStoryBudget } from '../../../src/core/body/story-budget';

describe('withinStoryBudget', () => {
  const block = (text: string) => ({ kind: 'paragraph' as const, text });

  it('keeps an ordinary article whole', () => {
    const blocks = [block('Headline'), block('First paragraph.'), block('Second paragraph.')];
    expect(withinStoryBudget(blocks, 10, 1000)).toEqual(blocks);
  });

  it('stops at the block limit', () => {
    const blocks = Array.from({ length: 12 }, (_, i) => block(`Paragraph ${i}.`));
    expect(withinStoryBudget(blocks, 5, 1000).map((b) => b.text)).toEqual(blocks.slice(0, 5).map((b) => b.text));
  });

  it('cuts the block that crosses the character budget and keeps none after it', () => {
    const kept = withinStoryBudget([block('abcdef'), block('ghijkl'), block('mnop')], 10, 9);
    expect(kept.map((b) => b.text)).toEqual(['abcdef', 'ghi']);
  });

  it('bounds a 10 MB page to the budget', () => {
    const blocks = Array.from({ length: 20_000 }, () => block('x'.repeat(500)));
    const kept = withinStoryBudget(blocks);
    expect(kept.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(160_000);
  });
});
