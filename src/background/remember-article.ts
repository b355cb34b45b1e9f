import type { Annotation, RelatedLink } from '../core/types';
import { earlierReading } from '../history/earlier-reading';
import { entryFor } from '../history/history-entry';
import { readHistoryAbout, recordArticle } from '../history/history-store';
import { loadSettings } from '../settings/storage';
import { httpUrl } from '../ui/safe-url';

/**
 * Adds an annotated article to the reader's local history when the reader keeps one (on by
 * default; the options page turns it off and deletes it), and returns the earlier articles that
 * share its key parties as `history` links, most shared first. A failure here never fails the report.
 */
export async function rememberArticle(annotation: Annotation): Promise<RelatedLink[]> {
  try {
    const entry = entryFor(annotation, Date.now());
    if (!entry || !(await loadSettings()).readingHistory) return [];
    const earlier = earlierReading(await readHistoryAbout(entry.keyParties), entry);
    // Requested when the report arrived, before the settings were read: a delete-all (turning the
    // history off) from the options page in between wins over this write.
    await recordArticle(entry, undefined, { requestedAt: entry.readAt });
    return earlier.flatMap(({ entry: e, shared }) => {
      const url = httpUrl(e.url);
      return url ? [{ kind: 'history' as const, title: `${e.headline ?? url}${e.publisher ? ` (${e.publisher})` : ''}: also about ${shared.join(', ')}`, url }] : [];
    });
  } catch (e) {
    console.debug('Backstory could not update the reading history:', e);
    return [];
  }
}
