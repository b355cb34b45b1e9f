/**
 * 32-bit FNV-1a hashing of feature strings. Features are never stored as strings: the weights file keeps
 * only their hashes, and hashing a template seed then its value avoids building a string per feature.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash of `text` continuing from `seed` (use {@link seedOf} for a template's seed). Never 0. */
export function hashText(seed: number, text: string): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return finish(h);
}

/**
 * Hashes of the first 1..`max` characters of `text` (prefixes), or with `fromEnd` of its last 1..`max`
 * characters read backwards (suffixes), computed in one pass, appended to `out`. Returns the count.
 */
export function hashAffixes(seed: number, text: string, max: number, fromEnd: boolean, out: number[]): number {
  const count = Math.min(max, text.length - 1);
  let h = seed;
  for (let k = 0; k < count; k++) {
    h ^= text.charCodeAt(fromEnd ? text.length - 1 - k : k);
    h = Math.imul(h, FNV_PRIME);
    out.push(finish(h));
  }
  return count;
}

/**
 * Combines two hashes, order-sensitive: a feature is `mix(templateSeed, valueHash)`, a pair of values
 * `mix(mix(seed, a), b)`. Hashing each word once and mixing integers is what keeps tagging fast.
 */
export function mix(a: number, b: number): number {
  return finish(Math.imul(a ^ 0x5bd1e995, 0x01000193) ^ b);
}

/** The seed of a feature template, from its name. */
export function seedOf(name: string): number {
  return hashText(FNV_OFFSET, name);
}

/** FNV's low bits are poor for power-of-two tables; murmur's finaliser spreads them. 0 is the empty slot. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}
