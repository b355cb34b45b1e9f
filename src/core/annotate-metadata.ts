import type { Annotation } from './types';
import { detectArticle, type Detection } from './detect/detect';
import { detectionOnly } from './detection-only';
import { metadataSteps } from './metadata/metadata';
import { runSteps, type Steps } from './steps';
import type { PageIndex } from './page/page-index';

/**
 * The first stage of the pipeline, which runs on every page: is it an article, and its publication
 * metadata (only for articles unless `force`). Parties, quotes and related links stay empty; they
 * are added by `addStoryParties` (story-parties stage), which the content script loads only on articles.
 * `index` is the page's index when the caller has built it already.
 */
export function annotateMetadata(doc: Document, url: string, force = false, detection: Detection = detectArticle(doc, url), index?: PageIndex): Annotation {
  return runSteps(annotateMetadataSteps(doc, url, force, detection, index));
}

/** {@link annotateMetadata} in steps (see steps.ts), for the content script to spread over several tasks. */
export function* annotateMetadataSteps(doc: Document, url: string, force: boolean, detection: Detection, index?: PageIndex): Steps<Annotation> {
  const base = detectionOnly(url, detection);
  if (!detection.isArticle && !force) return base;
  const meta = yield* metadataSteps(doc, url, index);
  return { ...base, ...meta.fields, evidence: { ...base.evidence, ...meta.evidence } };
}
