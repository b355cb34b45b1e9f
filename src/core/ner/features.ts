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
  const lowerCase = infos.map((w) => w.lowerCase);
  const lowerHash = infos.map((w) => w.lowerHash);
  const shapeHash = infos.map((w) => w.shapeHash);
  const shortHash = infos.map((w) => w.shortShapeHash);
  const capitalized = infos.map((w) => w.capitalized);
  const gaz = matchGazetteer(infos, resources.gazetteer);
  const numericLine = isNumericLine(words);
  const topicHash = hashText(0, document.topic);
  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const lowerAt = (i: number) => (i < 0 ? START : i >= n ? END : lowerHash[i]);
  const shortAt = (i: number) => (i < 0 ? START : i >= n ? END : shortHash[i]);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const cap = capitalized[i] ? 1 : 0;
    out.push(
      mix(SEED['lower-1'], lowerAt(i - 1)),
      mix(SEED['lower-2'], lowerAt(i - 2)),
      mix(SEED['lower+1'], lowerAt(i + 1)),
      mix(SEED['lower+2'], lowerAt(i + 2)),
      mix(SEED['short-1'], shortAt(i - 1)),
      mix(SEED['short+1'], shortAt(i + 1)),
      mix(mix(mix(SEED['short-1|0|+1'], shortAt(i - 1)), shortHash[i]), shortAt(i + 1)),
      mix(mix(SEED['lower-1|0'], lowerAt(i - 1)), lowerHash[i]),
      mix(mix(SEED['lower0|+1'], lowerHash[i]), lowerAt(i + 1)),
      mix(SEED['position|cap'], Math.min(i, 3) * 2 + cap),
      mix(mix(SEED['shape-1|lower'], i > 0 ? shapeHash[i - 1] : START), lowerHash[i]),
    );
    if (i === 0) out.push(mix(SEED['first|shape'], shapeHash[i]));
    if (capsLine) out.push(mix(SEED['caps-line|shape'], shapeHash[i]));
    if (cap) {
      out.push(mix(SEED['topic|cap'], topicHash));
      for (let c = 0; c < GAZETTEER_CLASS_COUNT; c++) if (gaz[i * GAZETTEER_CLASS_COUNT + c] !== 0) out.push(mix(mix(SEED['topic|gaz'], topicHash), c));
    }
    if (numericLine) {
      out.push(mix(SEED['numeric-line|shape'], shapeHash[i]));
      for (let c = 0; c < GAZETTEER_CLASS_COUNT; c++) if (gaz[i * GAZETTEER_CLASS_COUNT + c] !== 0) out.push(mix(SEED['numeric-line|gaz'], c));
    }
    pushGazetteer(out, gaz, i, n);
    const seen = document.flags.get(lowerCase[i]) ?? 0;
    if (seen !== 0 || cap) {
      out.push(mix(SEED.doc, seen * 2 + cap), mix(mix(SEED['doc|shape'], seen & SEEN_CAPITALIZED), shapeHash[i]));
    }
  }
  offsets[n] = out.length;
  return { words: [...words], hashes: Uint32Array.from(out), offsets };
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

/** Name-list matches of the token and its two neighbours: (class, BEGIN/INSIDE) per template. */
function pushGazetteer(out: number[], gaz: Uint8Array, i: number, n: number): void {
  const C = GAZETTEER_CLASS_COUNT;
  for (let c = 0; c < C; c++) {
    const here = gaz[i * C + c];
    if (here !== 0) out.push(mix(SEED.gaz, c * 4 + here));
    if (i > 0 && gaz[(i - 1) * C + c] !== 0) out.push(mix(SEED['gaz-1'], c * 4 + gaz[(i - 1) * C + c]));
    if (i + 1 < n && gaz[(i + 1) * C + c] !== 0) out.push(mix(SEED['gaz+1'], c * 4 + gaz[(i + 1) * C + c]));
  }
}
