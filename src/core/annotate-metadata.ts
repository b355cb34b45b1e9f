import type { Annotation } from './types';
import { detectArticle } from './detect/detect';
import { extractMetadata } from './metadata/metadata';

/**
 * The first stage of the pipeline, which runs on every page: is it an article, and its publication
 * metadata (only for articles unless `force`). Parties, quotes and related links stay empty; they
 * are added by `addStoryParties` (story-parties stage), which the content script loads only on articles.
 */
export function annotateMetadata(doc: Document, url: string, force = false): Annotation {
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
  if (!detection.isArticle && !force) return base;
  const meta = extractMetadata(doc, url);
  return { ...base, ...meta.fields, evidence: { ...base.evidence, ...meta.evidence } };
}
