import { type SentenceFeatures, wordFeatures } from './features';
import { HashIndex } from './hash-index';
import { TAG_COUNT } from './labels';
import type { Lexicon } from './lexicon';
import { viterbi } from './viterbi';

/** Descriptive fields stored with the weights (what it was trained on, when). */
export interface ModelMeta {
  featureSet: number;
  trainedOn: string[];
  created: string;
  [key: string]: unknown;
}

/**
 * A decoded tagger: int8 weights indexed by feature hash, transition scores, and its two lexicons. Weights
 * stay int8 in memory (a quarter of float32): lookups are scattered, so a smaller table is a faster one.
 */
export interface NerModel {
  readonly meta: ModelMeta;
  /** Feature hashes, sorted (row r of `weights` belongs to `featureHashes[r]`). */
  readonly featureHashes: Uint32Array;
  /** `rows × TAG_COUNT` scores in units of `scale`. */
  readonly weights: Int8Array;
  readonly scale: number;
  /** `(TAG_COUNT + 1) × TAG_COUNT` transition scores; row 0 is the sentence start. */
  readonly transitions: Float32Array;
  /** Name-list phrase hash → class bits. */
  readonly gazetteer: Lexicon;
  /** Lower-case word hash → preferred casing. */
  readonly casing: Lexicon;
  readonly featureIndex: HashIndex;
  /** Summed scores of each word's own features, filled as words are met (see {@link wordScores}). */
  readonly wordCache: Map<string, Float32Array>;
}

/** The parts a model is made of; `weights` as trained (float) or as stored (int8 with `scale`). */
export type ModelParts = Omit<NerModel, 'featureIndex' | 'wordCache' | 'weights' | 'scale'> &
  ({ weights: Float32Array } | { weights: Int8Array; scale: number });

/** Past this many distinct words the cache starts over, so a long-lived content script stays small. */
const WORD_CACHE_LIMIT = 50_000;

/** Builds a model from its parts (the decoder and the trainer both end here); float weights are quantised. */
export function createModel(parts: ModelParts): NerModel {
  const { weights, scale } = 'scale' in parts ? parts : quantize(parts.weights);
  return { ...parts, weights, scale, featureIndex: new HashIndex(parts.featureHashes), wordCache: new Map() };
}

/** int8 with one scale: the largest weight maps to ±127. */
function quantize(floats: Float32Array): { weights: Int8Array; scale: number } {
  let maxAbs = 0;
  for (const w of floats) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / 127 : 1;
  return { weights: Int8Array.from(floats, (w) => Math.round(w / scale)), scale };
}

/** Adds the int8 weights of the features `hashes[from..to)` to `sums`. */
function addWeights(model: NerModel, hashes: ArrayLike<number>, from: number, to: number, sums: Int32Array): void {
  const { weights, featureIndex } = model;
  for (let f = from; f < to; f++) {
    const row = featureIndex.get(hashes[f]);
    if (row < 0) continue;
    const w = row * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) sums[t] += weights[w + t];
  }
}

const sums = new Int32Array(TAG_COUNT);

/** Scores of a word's own features; words recur, so they are summed once and cached. */
function wordScores(model: NerModel, word: string): Float32Array {
  let scores = model.wordCache.get(word);
  if (scores === undefined) {
    if (model.wordCache.size >= WORD_CACHE_LIMIT) model.wordCache.clear();
    const hashes = wordFeatures(word);
    sums.fill(0);
    addWeights(model, hashes, 0, hashes.length, sums);
    scores = Float32Array.from(sums, (s) => s * model.scale);
    model.wordCache.set(word, scores);
  }
  return scores;
}

/** Best IOB2 tag indices for one sentence's features (plus `extra` features per token, e.g. history). */
export function decodeSentence(model: NerModel, features: SentenceFeatures, extra?: { hashes: Uint32Array; offsets: Uint32Array }): Uint8Array {
  const n = features.offsets.length - 1;
  const emissions = new Float32Array(n * TAG_COUNT);
  const { hashes, offsets } = features;
  for (let i = 0; i < n; i++) {
    const base = i * TAG_COUNT;
    // First: on a cache miss wordScores uses `sums` too.
    const own = wordScores(model, features.words[i]);
    sums.fill(0);
    addWeights(model, hashes, offsets[i], offsets[i + 1], sums);
    if (extra) addWeights(model, extra.hashes, extra.offsets[i], extra.offsets[i + 1], sums);
    for (let t = 0; t < TAG_COUNT; t++) emissions[base + t] = own[t] + sums[t] * model.scale;
  }
  return viterbi(emissions, model.transitions, n);
}
