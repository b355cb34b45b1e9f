/** One corpus page through the CLI's path, timed; shared by the worker and in-process runs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { annotateBytes } from '../../src/cli/annotate-bytes';
import type { Annotation } from '../../src/core/types';

/** The pipeline's output for one page, or why it threw. */
export interface PageOutput {
  index: number;
  annotation?: Annotation;
  error?: string;
  /** Time to read, decode, parse and annotate, in milliseconds. */
  ms: number;
}

/** Reads and annotates page `file` of the corpus at `dir` with `url`, never throwing. */
export function annotatePage(dir: string, index: number, file: string, url: string): PageOutput {
  const started = performance.now();
  try {
    const annotation = annotateBytes(readFileSync(join(dir, file)), url);
    return { index, annotation, ms: performance.now() - started };
  } catch (error) {
    return { index, error: error instanceof Error ? error.message : String(error), ms: performance.now() - started };
  }
}
