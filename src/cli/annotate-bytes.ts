import type { Annotation } from '../core/types';
import { annotateHtml } from './annotate-html';
import { prepareInput } from './prepare-input';

/**
 * The CLI's whole job for one input: decode the bytes, give non-HTML a blank Annotation, run the
 * pipeline on HTML. Used by `--batch` and the corpus harness, so their figures match the CLI's output.
 */
export function annotateBytes(bytes: Uint8Array, url: string): Annotation {
  const input = prepareInput(bytes, url);
  return input.kind === 'html' ? annotateHtml(input.html, url) : input.annotation;
}
