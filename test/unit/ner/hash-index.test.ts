import { describe, expect, it } from 'vitest';
import { HashIndex } from '../../../src/core/ner/hash-index';

function randomHashes(count: number, seed: number): number[] {
  const hashes = new Set<number>();
  while (hashes.size < count) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    if (seed !== 0) hashes.add(seed);
  }
  return [...hashes];
}

function expectIndexed(hashes: number[]): void {
  const index = new HashIndex(Uint32Array.from(hashes));
  hashes.forEach((hash, row) => expect(index.get(hash)).toBe(row));
  const known = new Set(hashes);
  for (const other of randomHashes(500, 99)) if (!known.has(other)) expect(index.get(other)).toBe(-1);
}

describe('HashIndex', () => {
  it('finds every row of sorted hashes (the weights file) and nothing else', () => {
    expectIndexed(randomHashes(20_000, 1).sort((a, b) => a - b));
  });

  it('finds every row of unsorted hashes', () => {
    expectIndexed(randomHashes(5_000, 2));
  });

  it('wraps around when the last home slots are crowded', () => {
    expectIndexed([...randomHashes(10, 3).sort((a, b) => a - b), ...Array.from({ length: 12 }, (_, i) => 0xffffff00 + i)]);
  });

  it('answers -1 when empty', () => {
    expect(new HashIndex(new Uint32Array(0)).get(12345)).toBe(-1);
  });
});
