import { type DocumentContext, SEEN_CAPITALIZED } from './document-context';
import { GAZETTEER_CLASS_COUNT, matchGazetteer } from './gazetteer';
import { hashAffixes, hashText, mix, seedOf } from './hash';
import type { Lexicon } from './lexicon';
import { wordInfo } from './word-info';
import { isCapitalized, wordShapes } from './word-shape';

/** Bump when templates change: a weights file only works with the templates it was trained with. */
export const FEATURE_SET_VERSION = 6;

const TEMPLATE_NAMES = [
  'bias', 'word', 'lower', 'shape', 'prefix', 'suffix', 'lower-1', 'lower-2', 'lower+1', 'lower+2', 'short-1',
  'short+1', 'short-1|0|+1', 'lower-1|0', 'lower0|+1', 'first|shape', 'caps-line|shape', 'gaz', 'gaz-1', 'gaz+1',
  'doc', 'doc|shape', 'hyphen-first', 'hyphen-last', 'position|cap', 'shape-1|lower', 'length|cap',
  'numeric-line|shape', 'numeric-line|gaz', 'topic|gaz', 'topic|cap',
] as const;

const SEED = Object.fromEntries(TEMPLATE_NAMES.map((name) => [name, seedOf(name)])) as Record<(typeof TEMPLATE_NAMES)[number], number>;
// The context templates' seeds as plain constants: read per token in the hot loop.
const SEED_LOWER_M1 = SEED['lower-1'];
const SEED_LOWER_M2 = SEED['lower-2'];
const SEED_LOWER_P1 = SEED['lower+1'];
const SEED_LOWER_P2 = SEED['lower+2'];
const SEED_SHORT_M1 = SEED['short-1'];
const SEED_SHORT_P1 = SEED['short+1'];
const SEED_SHORT_TRIPLE = SEED['short-1|0|+1'];
const SEED_LOWER_M1_0 = SEED['lower-1|0'];
const SEED_LOWER_0_P1 = SEED['lower0|+1'];
const SEED_POSITION_CAP = SEED['position|cap'];
const SEED_SHAPE_M1_LOWER = SEED['shape-1|lower'];
const SEED_FIRST_SHAPE = SEED['first|shape'];
const SEED_CAPS_LINE_SHAPE = SEED['caps-line|shape'];
const SEED_TOPIC_CAP = SEED['topic|cap'];
const SEED_TOPIC_GAZ = SEED['topic|gaz'];
const SEED_NUMERIC_SHAPE = SEED['numeric-line|shape'];
const SEED_NUMERIC_GAZ = SEED['numeric-line|gaz'];
const SEED_DOC_SHAPE = SEED['doc|shape'];
const SEED_GAZ_M1 = SEED['gaz-1'];
const SEED_GAZ_P1 = SEED['gaz+1'];

/** Hashes of the padding beyond the sentence's ends. */
const START = hashText(0, '<s>');
const END = hashText(0, '</s>');
const DIGITS = /\d/g;
const HAS_DIGIT = /\d/;

/**
 * Features of every token of a sentence: those of the word alone (`wordFeatures(words[i])`, the same
 * wherever the word occurs, so taggers can cache their scores) and those of its context,
 * `hashes[offsets[i] .. offsets[i+1])`.
 */
export interface SentenceFeatures {
  words: string[];
  hashes: Uint32Array;
  offsets: Uint32Array;
}

/** What feature extraction needs besides the words. */
export interface FeatureResources {
  gazetteer: Lexicon;
}

/**
 * The features of each token of one (normalised, truecased) sentence: the word and its neighbours ±2,
 * shapes, affixes, name-list matches, position, and what the document says about the word elsewhere.
 * Each string is hashed once per token; templates combine those hashes with integer mixing.
 */
export function sentenceFeatures(
  words: readonly string[],
  resources: FeatureResources,
  document: DocumentContext,
  capsLine: boolean,
): SentenceFeatures {
  const n = words.length;
  const infos = words.map(wordInfo);
  const gaz = matchGazetteer(infos, resources.gazetteer);
  const numericLine = isNumericLine(words);
  const topicHash = hashText(0, document.topic);
  const topicCap = mix(SEED_TOPIC_CAP, topicHash);
  const topicGaz = mix(SEED_TOPIC_GAZ, topicHash);
  // Written straight into a typed buffer (no array of numbers to grow and copy): this runs for every token.
  const out = featureBuffer(n * MAX_CONTEXT_FEATURES);
  let f = 0;
  const offsets = new Uint32Array(n + 1);
  const C = GAZETTEER_CLASS_COUNT;
  for (let i = 0; i < n; i++) {
    offsets[i] = f;
    const info = infos[i];
    const cap = info.capitalized ? 1 : 0;
    const lower = info.lowerHash;
    const lowerPrev = i > 0 ? infos[i - 1].lowerHash : START;
    const lowerPrev2 = i > 1 ? infos[i - 2].lowerHash : START;
    const lowerNext = i + 1 < n ? infos[i + 1].lowerHash : END;
    const lowerNext2 = i + 2 < n ? infos[i + 2].lowerHash : END;
    const shortPrev = i > 0 ? infos[i - 1].shortShapeHash : START;
    const shortNext = i + 1 < n ? infos[i + 1].shortShapeHash : END;
    out[f++] = mix(SEED_LOWER_M1, lowerPrev);
    out[f++] = mix(SEED_LOWER_M2, lowerPrev2);
    out[f++] = mix(SEED_LOWER_P1, lowerNext);
    out[f++] = mix(SEED_LOWER_P2, lowerNext2);
    out[f++] = mix(SEED_SHORT_M1, shortPrev);
    out[f++] = mix(SEED_SHORT_P1, shortNext);
    out[f++] = mix(mix(mix(SEED_SHORT_TRIPLE, shortPrev), info.shortShapeHash), shortNext);
    out[f++] = mix(mix(SEED_LOWER_M1_0, lowerPrev), lower);
    out[f++] = mix(mix(SEED_LOWER_0_P1, lower), lowerNext);
    out[f++] = mix(SEED_POSITION_CAP, Math.min(i, 3) * 2 + cap);
    out[f++] = mix(mix(SEED_SHAPE_M1_LOWER, i > 0 ? infos[i - 1].shapeHash : START), lower);
    if (i === 0) out[f++] = mix(SEED_FIRST_SHAPE, info.shapeHash);
    if (capsLine) out[f++] = mix(SEED_CAPS_LINE_SHAPE, info.shapeHash);
    if (cap) {
      out[f++] = topicCap;
      for (let c = 0; c < C; c++) if (gaz[i * C + c] !== 0) out[f++] = mix(topicGaz, c);
    }
    if (numericLine) {
      out[f++] = mix(SEED_NUMERIC_SHAPE, info.shapeHash);
      for (let c = 0; c < C; c++) if (gaz[i * C + c] !== 0) out[f++] = mix(SEED_NUMERIC_GAZ, c);
    }
    f = pushGazetteer(out, f, gaz, i, n);
    const seen = document.flags.get(info.lowerCase) ?? 0;
    if (seen !== 0 || cap) {
      out[f++] = mix(SEED.doc, seen * 2 + cap);
      out[f++] = mix(mix(SEED_DOC_SHAPE, seen & SEEN_CAPITALIZED), info.shapeHash);
    }
  }
  offsets[n] = f;
  return { words: [...words], hashes: out.slice(0, f), offsets };
}

/**
 * Most context features one token can have: 11 always, the first-word and capitals-line shapes, topic
 * (1 + one per name-list class), numeric line (the same), name lists of the token and its neighbours
 * (3 per class), document (2).
 */
const MAX_CONTEXT_FEATURES = 13 + 2 * (1 + GAZETTEER_CLASS_COUNT) + 3 * GAZETTEER_CLASS_COUNT + 2;
let buffer = new Uint32Array(4096);

/** A scratch buffer of at least `size` entries, reused across sentences (results are copied out). */
function featureBuffer(size: number): Uint32Array {
  if (buffer.length < size) buffer = new Uint32Array(Math.max(size, buffer.length * 2));
  return buffer;
}

/** Features of a word by itself: its form, lower-case form, shape, affixes, length, hyphenated parts. */
export function wordFeatures(word: string): Uint32Array {
  const lowerCase = word.toLowerCase();
  const low = HAS_DIGIT.test(lowerCase) ? lowerCase.replace(DIGITS, '0') : lowerCase;
  const cap = isCapitalized(word) ? 1 : 0;
  const out = [SEED.bias, hashText(SEED.word, word), mix(SEED.lower, hashText(0, low)), mix(SEED.shape, hashText(0, wordShapes(word)[0]))];
  hashAffixes(SEED.prefix, low, 4, false, out);
  hashAffixes(SEED.suffix, low, 4, true, out);
  out.push(mix(SEED['length|cap'], Math.min(low.length, 8) * 2 + cap));
  const hyphen = low.indexOf('-');
  if (hyphen > 0 && hyphen < low.length - 1) {
    out.push(hashText(SEED['hyphen-first'], low.slice(0, hyphen)), hashText(SEED['hyphen-last'], low.slice(low.lastIndexOf('-') + 1)));
  }
  return Uint32Array.from(out);
}

/**
 * Results tables and score lines ("Leicester 2 Chelsea 1", "Seles ( U.S. ) 6-2 6-3"): a third or more of the
 * tokens are numbers. Names there are mostly teams and players, not places.
 */
function isNumericLine(words: readonly string[]): boolean {
  let numbers = 0;
  for (const word of words) if (HAS_DIGIT.test(word)) numbers++;
  return words.length >= 3 && numbers * 3 >= words.length;
}

/** Name-list matches of the token and its two neighbours: (class, BEGIN/INSIDE) per template, from `out[f]`; returns the new end. */
function pushGazetteer(out: Uint32Array, f: number, gaz: Uint8Array, i: number, n: number): number {
  const C = GAZETTEER_CLASS_COUNT;
  for (let c = 0; c < C; c++) {
    const here = gaz[i * C + c];
    if (here !== 0) out[f++] = mix(SEED.gaz, c * 4 + here);
    if (i > 0 && gaz[(i - 1) * C + c] !== 0) out[f++] = mix(SEED_GAZ_M1, c * 4 + gaz[(i - 1) * C + c]);
    if (i + 1 < n && gaz[(i + 1) * C + c] !== 0) out[f++] = mix(SEED_GAZ_P1, c * 4 + gaz[(i + 1) * C + c]);
  }
  return f;
}
