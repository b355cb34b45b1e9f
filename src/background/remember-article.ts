import type { Annotation } from '../core/types';
import { entryFor } from '../history/history-entry';
import { recordArticle } from '../history/history-store';
import { loadSettings } from '../settings/storage';

/**
 * Adds an annotated article to the reader's local history when the reader keeps one (on by
 * default; the options page turns it off and deletes it). A failure here never fails the report.
 */
export async function rememberArticle(annotation: Annotation): Promise<void> {
  try {
    const entry = entryFor(annotation, Date.now());
    if (!entry || !(await loadSettings()).readingHistory) return;
    await recordArticle(entry);
  } catch (e) {
    console.debug('Backstory could not update the reading history:', e);
  }
}
