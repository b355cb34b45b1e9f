import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NerModel } from './model';
import { decodeModel } from './model-format';

/** The weights file, relative to the repository (or installed package) root. */
export const MODEL_FILE = 'data/ner/model.bin';

/**
 * Path of the shipped weights: the nearest folder above this module holding data/ner/model.bin. This
 * module runs from src/core/ner/ (tests, scripts) and from a chunk of the built CLI
 * (dist-cli/assets/), so the weights are found from either, whatever the working folder.
 */
export function modelPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here, up = 0; up < 6; dir = dirname(dir), up++) {
    const path = join(dir, MODEL_FILE);
    if (existsSync(path)) return path;
  }
  throw new Error(`NER weights ${MODEL_FILE} not found above ${here}; run \`npm run train:ner\``);
}

/** Reads and decodes the shipped weights (Node only: the CLI, scripts and tests). */
export function loadModelFromDisk(path: string = modelPath()): NerModel {
  return decodeModel(readFileSync(path));
}
