import { mix, seedOf } from './hash';
import { labelOf } from './labels';
import { isCapitalized } from './word-shape';

const MAJORITY = seedOf('history-majority');
const EVER_ENTITY = seedOf('history-entity');

/**
 * What the tagger said earlier in the same document about each capitalised word ("extended prediction
 * history", Ratinov & Roth 2009): a name tagged PER in the first paragraph is likely PER again when it
 * comes back alone or in an ambiguous context. Filled sentence by sentence, in reading order.
 */
export class PredictionHistory {
  /** Lower-case word → counts of O, PER, ORG, LOC, MISC. */
  private readonly counts = new Map<string, Uint16Array>();

  /** History features of each capitalised token of a sentence, in `hashes`/`offsets` layout; undefined when none. */
  features(words: readonly string[]): { hashes: Uint32Array; offsets: Uint32Array } | undefined {
    if (this.counts.size === 0) return undefined;
    const out: number[] = [];
    const offsets = new Uint32Array(words.length + 1);
    words.forEach((word, i) => {
      offsets[i] = out.length;
      const counts = isCapitalized(word) ? this.counts.get(word.toLowerCase()) : undefined;
      if (!counts) return;
      let best = 0;
      for (let k = 1; k < counts.length; k++) if (counts[k] > counts[best]) best = k;
      out.push(mix(MAJORITY, best), mix(EVER_ENTITY, counts[0] === 0 ? 2 : best === 0 ? 0 : 1));
    });
    offsets[words.length] = out.length;
    return out.length === 0 ? undefined : { hashes: Uint32Array.from(out), offsets };
  }

  /** Records the tags given to a sentence's capitalised words. */
  record(words: readonly string[], tags: ArrayLike<number>): void {
    words.forEach((word, i) => {
      if (!isCapitalized(word)) return;
      const key = word.toLowerCase();
      let counts = this.counts.get(key);
      if (!counts) this.counts.set(key, (counts = new Uint16Array(5)));
      counts[labelOf(tags[i]) + 1]++;
    });
  }
}
