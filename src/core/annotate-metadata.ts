import type { Annotation } from './types';
import { detectArticle, type Detection } from './detect/detect';
import { detectionOnly } from './detection-only';
import { extractMetadata } from './metadata/metadata';

/**
 * The first stage of the pipeline, which runs on every page: is it an article, and its publication
 * metadata (only for articles unless `force`). Parties, quotes and related links stay empty; they
 * are added by `addStoryParties` (story-parties stage), which the content script loads only on articles.
 */
export function annotateMetadata(doc: Document, url: string, force = false, detection: Detection = detectArticle(doc, url)): Annotation {
  const base = detectionOnly(url, detection);
  if (!detection.isArticle && !force) return base;
  const meta = extractMetadata(doc, url);
  return { ...base, ...meta.fields, evidence: { ...base.evidence, ...meta.evidence } };
}
