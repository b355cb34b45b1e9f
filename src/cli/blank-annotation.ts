import type { Annotation } from '../core/types';
import type { InputVerdict } from './input-kind';

/**
 * The Annotation of an input that is not HTML (empty, binary, JSON, plain text...): every field empty,
 * `isArticle: false`, and the reason as the `isArticle` evidence. Typed as a full object literal so that
 * a field added to the contract fails to compile here instead of going missing from the CLI's output.
 */
export function blankAnnotation(url: string, verdict: InputVerdict): Annotation {
  return {
    url,
    isArticle: false,
    articleConfidence: 0,
    headline: null,
    publisher: null,
    agencies: [],
    authors: [],
    published: null,
    modified: null,
    section: null,
    lang: null,
    canonicalUrl: null,
    parties: [],
    quotes: [],
    related: [],
    evidence: { isArticle: [{ source: 'detector', detail: `input sniffing: ${verdict.kind}`, raw: verdict.reason }] },
  };
}
