import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, tagSentences } from '../../../src/core/ner/index';
import { MODEL_PATH, shippedModel } from './shipped-model';

const SENTENCES = [
  ['Prime', 'Minister', 'Nikol', 'Pashinyan', 'met', 'officials', 'of', 'the', 'National', 'Security', 'Service', 'in', 'Yerevan', '.'],
  ['FERRY', 'OPERATOR', 'STENA', 'LINE', 'CUTS', 'ROUTES', 'FROM', 'GOTHENBURG'],
  ['The', 'Danish', 'shipping', 'group', 'said', 'on', 'Monday', 'that', 'routes', 'to', 'Kiel', 'would', 'close', '.'],
];

describe('weights file format', () => {
  it('decodes and re-encodes to the same bytes', () => {
    const bytes = readFileSync(MODEL_PATH);
    // Buffer.equals: vitest's deep equality is slow on a megabyte of bytes.
    expect(Buffer.from(encodeModel(decodeModel(bytes))).equals(bytes)).toBe(true);
  });

  it('gives the same tags after an encode/decode round trip', () => {
    const model = shippedModel();
    const again = decodeModel(encodeModel(model));
    expect(tagSentences(again, SENTENCES)).toEqual(tagSentences(model, SENTENCES));
  });

  it('decodes from a view at any offset of a larger buffer (as fetch or a bundler may hand it over)', () => {
    const bytes = readFileSync(MODEL_PATH);
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    const model = decodeModel(padded.subarray(3));
    expect(tagSentences(model, SENTENCES)).toEqual(tagSentences(shippedModel(), SENTENCES));
  });

  it('rejects bytes that are not a model file, or a truncated one', () => {
    expect(() => decodeModel(new TextEncoder().encode('not a model'))).toThrow(/not a Backstory NER model/);
    const bytes = readFileSync(MODEL_PATH);
    expect(() => decodeModel(bytes.subarray(0, bytes.length >> 1))).toThrow(/truncated/);
  });

  it('records what it was trained on', () => {
    expect(shippedModel().meta.trainedOn.length).toBeGreaterThan(0);
  });
});
