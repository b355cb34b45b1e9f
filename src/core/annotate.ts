import type { Annotation } from './types';
import { detectArticle } from './detect/detect';
import { extractMetadata } from './metadata/metadata';

/** Options for {@link annotate}. */
export interface AnnotateOptions {
  /**
   * Run metadata extraction even when the detector says the page is not an article
   * (the CLI always does; the content script does only on "annotate anyway").
   */
  force?: boolean;
}

/**
 * The whole extraction pipeline: detect → metadata → (parties → quotes → related, filled by later stages).
 * Pure: reads `doc` and `url`, touches no extension API, so the content script, the CLI and tests share it.
 */
export function annotate(doc: Document, url: string, options: AnnotateOptions = {}): Annotation {
  const detection = detectArticle(doc, url);
  const base: Annotation = {
    url,
    isArticle: detection.isArticle,
    articleConfidence: detection.confidence,
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
    evidence: { isArticle: detection.evidence },
  };
  if (!detection.isArticle && !options.force) return base;
  const meta = extractMetadata(doc, url);
  return { ...base, ...meta.fields, evidence: { ...base.evidence, ...meta.evidence } };
}
