import { foldForCompare } from '../core/page/text';
import type { HistoryEntry } from './history-entry';

/** An earlier article and the parties it shares with the one being read. */
export interface EarlierReading {
  entry: HistoryEntry;
  shared: string[];
}


/**
 * Earlier articles that share key parties with `current`, most shared first, then most recently read;
 * the current article itself is left out.
 */
export function earlierReading(history: readonly HistoryEntry[], current: Pick<HistoryEntry, 'url' | 'keyParties'>, limit = 5): EarlierReading[] {
  const wanted = new Map(current.keyParties.map((p) => [foldForCompare(p.name), p.name]));
  const out: EarlierReading[] = [];
  for (const entry of history) {
    if (entry.url === current.url) continue;
    const shared = entry.keyParties.map((p) => wanted.get(foldForCompare(p.name))).filter((n): n is string => n !== undefined);
    if (shared.length) out.push({ entry, shared: [...new Set(shared)] });
  }
  return out.sort((a, b) => b.shared.length - a.shared.length || b.entry.readAt - a.entry.readAt).slice(0, limit);
}

/** The reader's articles about one party, oldest first (a party's small timeline). */
export function timelineFor(history: readonly HistoryEntry[], party: string): HistoryEntry[] {
  const key = foldForCompare(party);
  return history.filter((e) => e.keyParties.some((p) => foldForCompare(p.name) === key)).sort((a, b) => a.readAt - b.readAt);
}
