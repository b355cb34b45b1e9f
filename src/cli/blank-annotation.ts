import type { Annotation } from '../core/types';
import { detectionOnly } from '../core/detection-only';
import type { InputVerdict } from './input-kind';

/**
 * The Annotation of an input that is not HTML (empty, binary, JSON, plain text...): every field empty,
 * `isArticle: false`, and the reason as the `isArticle` evidence: a detector verdict that never ran the
 * detector, so it has the same shape as any rejected page.
 */
export function blankAnnotation(url: string, verdict: InputVerdict): Annotation {
  return detectionOnly(url, {
    isArticle: false,
    confidence: 0,
    evidence: [{ source: 'detector', detail: `input sniffing: ${verdict.kind}`, raw: verdict.reason }],
  });
}
