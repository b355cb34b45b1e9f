import { annotate } from '../core/annotate';
import type { Annotation } from '../core/types';
import { closeDocument, parseHtml } from './parse-html';
import { cliEntityTagger } from './entity-tagger';

/**
 * Parses decoded HTML with jsdom and runs the pipeline with `force` (metadata is extracted even when
 * the page is not detected as an article; `isArticle` stays the detector's verdict), parties and
 * quotes included.
 */
export function annotateHtml(html: string, url: string): Annotation {
  const doc = parseHtml(html, url);
  try {
    return annotate(doc, url, { force: true, tagEntities: cliEntityTagger() });
  } finally {
    closeDocument(doc);
  }
}
