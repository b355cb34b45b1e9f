import type { Annotation } from './types';
import type { Detection } from './detect/detect';

/** The annotation of a page judged by the detector alone: every field empty but the verdict and its evidence. */
export function detectionOnly(url: string, detection: Detection): Annotation {
  return {
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
}
