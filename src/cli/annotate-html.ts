import { annotate } from '../core/annotate';
import type { Annotation } from '../core/types';
import { closeDocument, parseHtml } from './parse-html';

/**
 * Parses decoded HTML with jsdom and runs the pipeline with `force` (metadata is extracted even when
 * the page is not detected as an article; `isArticle` stays the detector's verdict).
 */
export function annotateHtml(html: string, url: string): Annotation {
  const doc = parseHtml(html, url);
  try {
    return annotate(doc, url, { force: true });
  } finally {
    closeDocument(doc);
  }
}
