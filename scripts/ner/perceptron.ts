import { type SentenceFeatures, wordFeatures } from '../../src/core/ner/features';
import { TAG_COUNT } from '../../src/core/ner/labels';
import { PredictionHistory } from '../../src/core/ner/history';
import { viterbi } from '../../src/core/ner/viterbi';

const T = TAG_COUNT;

/** A training sentence: its feature hashes and gold tag indices. */
export interface Example {
  features: SentenceFeatures;
  gold: Uint8Array;
}

/** The trained weights, keyed by feature hash. */
export interface TrainedWeights {
  featureHashes: Uint32Array;
  weights: Float32Array;
  transitions: Float32Array;
}

export interface TrainOptions {
  epochs: number;
  /** Features seen fewer times than this in training are dropped before training. */
  minCount: number;
  seed: number;
  log?: (line: string) => void;
}

/** Examples with feature hashes replaced by dense ids (-1 dropped). */
interface Dense {
  ids: Int32Array;
  offsets: Uint32Array;
  gold: Uint8Array;
}

/**
 * Averaged structured perceptron (Collins 2002): Viterbi-decode each sentence with the current weights,
 * and on a mistake add the gold sequence's features and subtract the predicted one's. Averaging over all
 * steps (kept lazily: w − Σ c·Δ / c) is what makes the perceptron generalise.
 */
export function trainPerceptron(documents: Example[][], options: TrainOptions): TrainedWeights {
  const log = options.log ?? (() => {});
  const examples = documents.flat();
  const documentStarts: number[] = [];
  documents.reduce((start, d) => (documentStarts.push(start), start + d.length), 0);
  const full = examples.map(({ features }) => withWordFeatures(features));
  const counts = new Map<number, number>();
  for (const features of full) for (const h of features.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const ids = new Map<number, number>();
  for (const [h, count] of counts) if (count >= options.minCount) ids.set(h, ids.size);
  log(`features: ${counts.size} seen, ${ids.size} kept (seen ≥ ${options.minCount}×)`);
  counts.clear();
  const dense: Dense[] = examples.map(({ gold }, e) => {
    const features = full[e];
    const out: number[] = [];
    const offsets = new Uint32Array(features.offsets.length);
    for (let i = 0; i + 1 < features.offsets.length; i++) {
      offsets[i] = out.length;
      for (let f = features.offsets[i]; f < features.offsets[i + 1]; f++) {
        const id = ids.get(features.hashes[f]);
        if (id !== undefined) out.push(id);
      }
    }
    offsets[features.offsets.length - 1] = out.length;
    return { ids: Int32Array.from(out), offsets, gold };
  });
  // Room for the prediction-history features, which get their ids when first met.
  const DYNAMIC_ROOM = 256;
  const F = ids.size + DYNAMIC_ROOM;
  const dynamicId = (hash: number) => {
    let id = ids.get(hash);
    if (id === undefined) {
      if (ids.size >= F) throw new Error('too many dynamic features');
      ids.set(hash, (id = ids.size));
    }
    return id;
  };
  const w = new Float64Array(F * T);
  const acc = new Float64Array(F * T);
  const trans = new Float64Array((T + 1) * T);
  const transAcc = new Float64Array((T + 1) * T);
  let c = 1;
  const random = mulberry32(options.seed);
  const order = documents.map((_, i) => i);
  let emissions = new Float64Array(256 * T);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let tokens = 0;
    for (const d of order) for (let s = 0, history = new PredictionHistory(); s < documents[d].length; s++) {
      const index = documentStarts[d] + s;
      const { gold } = dense[index];
      const words = full[index].words;
      const fs = withDynamic(dense[index], history.features(words), dynamicId);
      const offsets = fs.offsets;
      const n = gold.length;
      if (emissions.length < n * T) emissions = new Float64Array(n * T * 2);
      emissions.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        for (let f = offsets[i]; f < offsets[i + 1]; f++) {
          const row = fs.ids[f] * T;
          for (let t = 0; t < T; t++) emissions[i * T + t] += w[row + t];
        }
      }
      const predicted = viterbi(emissions, trans, n);
      history.record(words, predicted);
      tokens += n;
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = predicted[i];
        const gPrev = i === 0 ? 0 : gold[i - 1] + 1;
        const pPrev = i === 0 ? 0 : predicted[i - 1] + 1;
        if (g !== p) {
          errors++;
          for (let f = offsets[i]; f < offsets[i + 1]; f++) {
            const row = fs.ids[f] * T;
            w[row + g] += 1;
            acc[row + g] += c;
            w[row + p] -= 1;
            acc[row + p] -= c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          trans[gPrev * T + g] += 1;
          transAcc[gPrev * T + g] += c;
          trans[pPrev * T + p] -= 1;
          transAcc[pPrev * T + p] -= c;
        }
      }
      c++;
    }
    log(`epoch ${epoch}: ${((100 * errors) / tokens).toFixed(2)} % token errors`);
  }
  const weights = new Float32Array(F * T);
  for (let k = 0; k < weights.length; k++) weights[k] = w[k] - acc[k] / c;
  const transitions = new Float32Array((T + 1) * T);
  for (let k = 0; k < transitions.length; k++) transitions[k] = trans[k] - transAcc[k] / c;
  const featureHashes = new Uint32Array(F);
  for (const [h, id] of ids) featureHashes[id] = h;
  // Unused dynamic room: hash 0 never matches a feature, and zero weights are pruned.
  return { featureHashes, weights, transitions };
}

/** A sentence's dense ids with its history features' ids appended to each token's. */
function withDynamic(dense: Dense, extra: { hashes: Uint32Array; offsets: Uint32Array } | undefined, idOf: (hash: number) => number): Dense {
  if (!extra) return dense;
  const n = dense.gold.length;
  const ids = new Int32Array(dense.ids.length + extra.hashes.length);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    for (let f = dense.offsets[i]; f < dense.offsets[i + 1]; f++) ids[k++] = dense.ids[f];
    for (let f = extra.offsets[i]; f < extra.offsets[i + 1]; f++) ids[k++] = idOf(extra.hashes[f]);
  }
  offsets[n] = k;
  return { ids, offsets, gold: dense.gold };
}

const wordCache = new Map<string, Uint32Array>();

/** One sentence's features with each token's word features put in front of its context features. */
function withWordFeatures(features: SentenceFeatures): SentenceFeatures {
  const out: number[] = [];
  const offsets = new Uint32Array(features.offsets.length);
  features.words.forEach((word, i) => {
    offsets[i] = out.length;
    let own = wordCache.get(word);
    if (!own) wordCache.set(word, (own = wordFeatures(word)));
    for (const h of own) out.push(h);
    for (let f = features.offsets[i]; f < features.offsets[i + 1]; f++) out.push(features.hashes[f]);
  });
  offsets[features.words.length] = out.length;
  return { words: features.words, hashes: Uint32Array.from(out), offsets };
}

/**
 * Keeps the rows whose largest weight survives int8 quantisation (|w| ≥ `minWeight`), sorted by hash as
 * the weights file wants them.
 */
export function pruneWeights(trained: TrainedWeights, minWeight: number): TrainedWeights {
  const rows: number[] = [];
  for (let r = 0; r < trained.featureHashes.length; r++) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(trained.weights[r * T + t]));
    if (max >= minWeight) rows.push(r);
  }
  rows.sort((a, b) => trained.featureHashes[a] - trained.featureHashes[b]);
  const weights = new Float32Array(rows.length * T);
  rows.forEach((r, i) => weights.set(trained.weights.subarray(r * T, r * T + T), i * T));
  return { featureHashes: Uint32Array.from(rows, (r) => trained.featureHashes[r]), weights, transitions: trained.transitions };
}

/**
 * The mean of several runs' weights, feature by feature (a feature missing from a run counts as 0 there).
 * Runs differ only in the order they saw the documents; averaging them removes most of the ±0.2 F1
 * that the order alone moves a single perceptron by.
 */
export function averageRuns(runs: readonly TrainedWeights[]): TrainedWeights {
  const rows = new Map<number, Float32Array>();
  for (const run of runs) {
    run.featureHashes.forEach((hash, r) => {
      if (hash === 0) return;
      let sum = rows.get(hash);
      if (!sum) rows.set(hash, (sum = new Float32Array(T)));
      for (let t = 0; t < T; t++) sum[t] += run.weights[r * T + t] / runs.length;
    });
  }
  const featureHashes = Uint32Array.from(rows.keys());
  const weights = new Float32Array(featureHashes.length * T);
  featureHashes.forEach((hash, r) => weights.set(rows.get(hash) as Float32Array, r * T));
  const transitions = new Float32Array(runs[0].transitions.length);
  for (const run of runs) run.transitions.forEach((value, k) => (transitions[k] += value / runs.length));
  return { featureHashes, weights, transitions };
}

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<X>(items: X[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
