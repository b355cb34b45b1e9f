import { hashText, mix, seedOf } from './hash';
import { HashIndex } from './hash-index';

/**
 * A set of hashed words or phrases with one byte of data each (gazetteer classes, preferred casing).
 * Only hashes are shipped: the lists themselves stay out of the bundle.
 */
export class Lexicon {
  private readonly index: HashIndex;

  constructor(
    /** Sorted, unique key hashes, as stored in the weights file. */
    readonly hashes: Uint32Array,
    readonly values: Uint8Array,
  ) {
    this.index = new HashIndex(hashes);
  }

  /** The entry's byte, or 0 when absent. */
  get(hash: number): number {
    const row = this.index.get(hash);
    return row < 0 ? 0 : this.values[row];
  }

  /** Builds a lexicon from (hash, byte) pairs; bytes of a repeated hash are OR-ed. */
  static fromEntries(entries: Iterable<[number, number]>): Lexicon {
    const merged = new Map<number, number>();
    for (const [hash, value] of entries) merged.set(hash, (merged.get(hash) ?? 0) | value);
    const hashes = Uint32Array.from([...merged.keys()].sort((a, b) => a - b));
    return new Lexicon(hashes, Uint8Array.from(hashes, (h) => merged.get(h) ?? 0));
  }
}

const PHRASE_SEED = seedOf('phrase');
const WORD_SEED = seedOf('word');

/** Hash of one word of a phrase (see {@link extendPhraseKey}). */
export function phraseWordHash(lowerWord: string): number {
  return hashText(0, lowerWord);
}

/** Key of a phrase one word longer: start from {@link PHRASE_SEED} and add each word's {@link phraseWordHash}. */
export function extendPhraseKey(key: number, wordHash: number): number {
  return mix(key, wordHash);
}

export { PHRASE_SEED };

/** Key of a lower-case phrase given as its words (gazetteer entries). */
export function phraseKey(words: readonly string[]): number {
  let h = PHRASE_SEED;
  for (const word of words) h = extendPhraseKey(h, phraseWordHash(word));
  return h;
}

/** Key of one lower-case word (casing lexicon). */
export function wordKey(lower: string): number {
  return hashText(WORD_SEED, lower);
}
