import { describe, expect, it } from 'vitest';
import { TAG_COUNT, TAGS } from '../../../src/core/ner/labels';
import { spansOf } from '../../../src/core/ner/spans';
import { viterbi } from '../../../src/core/ner/viterbi';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32 - 0.5;
  };
}

function expectValidIob2(tags: string[]): void {
  tags.forEach((tag, i) => {
    if (!tag.startsWith('I-')) return;
    const previous = i > 0 ? tags[i - 1] : 'O';
    expect(previous.slice(2), `${tags.join(' ')} at ${i}`).toBe(tag.slice(2));
  });
}

describe('viterbi', () => {
  it('never produces an I- tag without a B- or I- of the same type before it, whatever the scores', () => {
    const next = random(42);
    for (let trial = 0; trial < 500; trial++) {
      const n = 1 + Math.floor((next() + 0.5) * 12);
      const emissions = Float32Array.from({ length: n * TAG_COUNT }, () => next() * 10);
      // Scores that push hard for the forbidden moves: I- tags everywhere, O → I-, B-PER → I-ORG.
      for (let i = 0; i < n; i++) emissions[i * TAG_COUNT + 2 + 2 * (i % 4)] += 20;
      const transitions = Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, () => next() * 10);
      expectValidIob2(Array.from(viterbi(emissions, transitions, n), (t) => TAGS[t]));
    }
  });

  it('follows the scores where they allow it', () => {
    const emissions = new Float32Array(3 * TAG_COUNT);
    const want = ['B-PER', 'I-PER', 'O'];
    want.forEach((tag, i) => (emissions[i * TAG_COUNT + TAGS.indexOf(tag)] = 5));
    const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
    expect(Array.from(viterbi(emissions, transitions, 3), (t) => TAGS[t])).toEqual(want);
  });

  it('handles an empty sentence', () => {
    expect(viterbi(new Float32Array(0), new Float32Array((TAG_COUNT + 1) * TAG_COUNT), 0)).toHaveLength(0);
  });
});

describe('spansOf', () => {
  it('reads spans conlleval style', () => {
    expect(spansOf(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG', 'I-ORG'])).toEqual([
      { label: 'PER', start: 0, end: 2 },
      { label: 'LOC', start: 3, end: 4 },
      { label: 'LOC', start: 4, end: 5 },
      { label: 'ORG', start: 5, end: 7 },
    ]);
  });
});
