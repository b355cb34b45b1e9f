import { ByteReader, ByteWriter } from './byte-io';
import { FEATURE_SET_VERSION } from './features';
import { TAG_COUNT } from './labels';
import { Lexicon } from './lexicon';
import { createModel, type ModelMeta, type NerModel } from './model';

/**
 * The weights file (data/ner/model.bin):
 *
 *   "BSNR" · u8 format version · u8 tag count · u8 weight bits (8) · u8 0
 *   f32 weight scale · u32 meta length · meta (UTF-8 JSON)
 *   f32 × (tags + 1) × tags transition scores
 *   features:  u32 count · sorted hashes (u32) · weights row by row, int8 × scale
 *   gazetteer: u32 count · sorted hashes (u32) · one class byte each
 *   casing:    u32 count · sorted hashes (u32) · one casing byte each
 *
 * Everything is stored in the layout the model uses in memory, so decoding is a few copies and no loop
 * over entries: a model is decoded in a fresh content script, before the engine has optimised anything.
 * (Varint gaps between the sorted hashes would save about 170 KB gzipped but cost 10–20 ms per load.)
 */
const MAGIC = [0x42, 0x53, 0x4e, 0x52];
const FORMAT_VERSION = 3;

const WEIGHT_BITS = 8;

/** Serialises a model (weights are int8 with one scale in memory already, see createModel). */
export function encodeModel(model: NerModel): Uint8Array {
  const out = new ByteWriter();
  for (const b of MAGIC) out.u8(b);
  out.u8(FORMAT_VERSION);
  out.u8(TAG_COUNT);
  out.u8(WEIGHT_BITS);
  out.u8(0);
  out.f32(model.scale);
  const meta = new TextEncoder().encode(JSON.stringify(model.meta));
  out.u32(meta.length);
  out.raw(meta);
  for (const t of model.transitions) out.f32(t);
  writeHashes(out, model.featureHashes);
  const rows = model.featureHashes.length;
  out.raw(new Uint8Array(model.weights.buffer, model.weights.byteOffset, rows * TAG_COUNT));
  for (const lexicon of [model.gazetteer, model.casing]) {
    writeHashes(out, lexicon.hashes);
    out.raw(lexicon.values);
  }
  return out.result();
}

/** Decodes the shipped weights (the bytes of the weights file). Throws on a file of another format. */
export function decodeModel(bytes: Uint8Array): NerModel {
  const input = new ByteReader(bytes);
  for (const b of MAGIC) if (input.u8() !== b) throw new Error('not a Backstory NER model file');
  const version = input.u8();
  if (version !== FORMAT_VERSION) throw new Error(`unsupported NER model format ${version}`);
  if (input.u8() !== TAG_COUNT) throw new Error('NER model has another tag set');
  if (input.u8() !== WEIGHT_BITS) throw new Error('NER model has weights of another width');
  input.u8();
  const scale = input.f32();
  const meta = JSON.parse(new TextDecoder().decode(input.raw(input.u32()))) as ModelMeta;
  if (meta.featureSet !== FEATURE_SET_VERSION) throw new Error(`NER model uses feature set ${meta.featureSet}, this code ${FEATURE_SET_VERSION}`);
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let i = 0; i < transitions.length; i++) transitions[i] = input.f32();
  const featureHashes = readHashes(input);
  const rows = featureHashes.length;
  const data = input.raw(rows * TAG_COUNT);
  const weights = new Int8Array(rows * TAG_COUNT);
  weights.set(new Int8Array(data.buffer, data.byteOffset, data.length));
  const [gazetteer, casing] = [0, 1].map(() => {
    const hashes = readHashes(input);
    return new Lexicon(hashes, input.raw(hashes.length).slice());
  });
  return createModel({ meta, featureHashes, weights, scale, transitions, gazetteer, casing });
}

function writeHashes(out: ByteWriter, hashes: Uint32Array): void {
  out.u32(hashes.length);
  for (const h of hashes) out.u32(h);
}

function readHashes(input: ByteReader): Uint32Array {
  const count = input.u32();
  const bytes = input.raw(count * 4);
  // A copy into a fresh (aligned) buffer; the file is little-endian, like every engine the tagger runs on.
  // (`new Uint8Array(view)` copies; a Node Buffer's slice() would not.)
  return new Uint32Array(new Uint8Array(bytes).buffer);
}
