/**
 * An open-addressing map from 32-bit hashes (never 0) to row numbers, built when a model is decoded. Key
 * and row share a slot (one cache line per probe); the table is at most half full. A hash's home slot is
 * its top bits, so the sorted hashes of the weights file fill the table front to back: building it is a
 * sequential sweep, which keeps a cold model load short.
 */
export class HashIndex {
  private readonly slots: Uint32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(hashes: ArrayLike<number>) {
    let bits = 4;
    while (1 << bits < hashes.length * 2) bits++;
    const size = 1 << bits;
    // Locals, not fields, in the loop: it runs once, mostly before the engine has optimised it.
    const slots = new Uint32Array(size * 2);
    const mask = size - 1;
    const shift = 32 - bits;
    const count = hashes.length;
    // Sorted hashes: every slot from a hash's home to the last one filled is taken, so the first free slot
    // is right after the last one filled, found without probing. Unsorted input, or the run wrapping
    // past the end, falls back to probing.
    let sorted = true;
    let previous = 0;
    let lastFilled = -1;
    for (let row = 0; row < count; row++) {
      const hash = hashes[row];
      if (hash < previous) sorted = false;
      previous = hash;
      let slot = hash >>> shift;
      if (sorted && slot <= lastFilled) slot = lastFilled + 1;
      if (!sorted || slot > mask) {
        slot &= mask;
        while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      } else {
        lastFilled = slot;
      }
      slots[slot * 2] = hash;
      slots[slot * 2 + 1] = row;
    }
    this.slots = slots;
    this.mask = mask;
    this.shift = shift;
  }

  /** The row of `hash`, or -1. */
  get(hash: number): number {
    const slots = this.slots;
    let slot = hash >>> this.shift;
    for (;;) {
      const key = slots[slot * 2];
      if (key === hash) return slots[slot * 2 + 1];
      if (key === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}
