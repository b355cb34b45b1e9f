import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NerModel } from '../../../src/core/ner/index';
import { loadModelFromDisk } from '../../../src/core/ner/load-node';

/** The shipped weights file (data/ner/model.bin), which the tests use instead of the training data. */
export const MODEL_PATH = fileURLToPath(new URL('../../../data/ner/model.bin', import.meta.url));

let model: NerModel | undefined;

/** The shipped model, decoded once per test file. */
export function shippedModel(): NerModel {
  if (!existsSync(MODEL_PATH)) throw new Error(`${MODEL_PATH} is missing: run \`npm run train:ner\``);
  return (model ??= loadModelFromDisk(MODEL_PATH));
}
