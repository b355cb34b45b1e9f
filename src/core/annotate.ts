import type { Annotation } from './types';
import { annotateMetadata } from './annotate-metadata';
import { detectArticle } from './detect/detect';
import { PageIndex } from './page/page-index';
import { addStoryParties, type DetailedAnnotation } from './add-story-parties';
import type { EntityTagger } from './parties/story-parties';

export type { DetailedAnnotation } from './add-story-parties';
export { addStoryParties } from './add-story-parties';

/** Options for {@link annotate}. */
export interface AnnotateOptions {
  /**
   * Run metadata extraction even when the detector says the page is not an article
   * (the CLI always does; the content script does only on "annotate anyway").
   */
  force?: boolean;
  /**
   * The entity tagger. Parties and quotes are filled only when one is given: the content script
   * loads the model only after the page is judged an article.
   */
  tagEntities?: EntityTagger;
}

/**
 * The whole extraction pipeline: detect → metadata → parties and quotes → related links.
 * Pure: reads `doc` and `url`, touches no extension API, so the content script, the CLI and tests share it.
 */
export function annotate(doc: Document, url: string, options: AnnotateOptions = {}): Annotation {
  return annotateDetailed(doc, url, options).annotation;
}

/** {@link annotate}, also returning the article blocks and party mentions (the content script highlights them). */
export function annotateDetailed(doc: Document, url: string, options: AnnotateOptions = {}): DetailedAnnotation {
  const detection = detectArticle(doc, url);
  // Metadata and the article's text read the page through one index (only pages that are read need one).
  const index = detection.isArticle || options.force ? new PageIndex(doc) : undefined;
  const annotation = annotateMetadata(doc, url, options.force, detection, index);
  if ((!annotation.isArticle && !options.force) || !options.tagEntities) return { annotation, blocks: [], mentions: [] };
  return addStoryParties(doc, annotation, options.tagEntities, index);
}
