import type { Annotation } from '../core/types';
import { blankAnnotation } from './blank-annotation';
import { decodeHtml } from './decode-html';
import { classifyInput } from './input-kind';

/** Decoded HTML ready to parse, or the finished Annotation of an input that is not HTML. */
export type PreparedInput = { kind: 'html'; html: string } | { kind: 'blank'; annotation: Annotation };

/**
 * Decodes the bytes and decides, before any parsing, whether they are HTML. Cheap and free of jsdom,
 * so a command can answer for empty, binary or non-HTML input without loading the pipeline.
 */
export function prepareInput(bytes: Uint8Array, url: string): PreparedInput {
  const { text } = decodeHtml(bytes);
  const verdict = classifyInput(bytes, text);
  return verdict.kind === 'html' ? { kind: 'html', html: text } : { kind: 'blank', annotation: blankAnnotation(url, verdict) };
}
