import { foldForCompare } from '../core/page/text';
import type { HistoryEntry } from './history-entry';

/**
 * A history entry as IndexedDB holds it: the entry plus the folded names of its key parties, which
 * the `partyKeys` index needs (an index key path cannot reach into an array of objects). Changing
 * how names fold makes every stored `partyKeys` stale, so it needs a migration that recomputes them.
 */
export type StoredEntry = HistoryEntry & { partyKeys: string[] };

/** The record to store for `entry` (also upgrades a record written before `partyKeys` existed). */
export function toStored(entry: HistoryEntry): StoredEntry {
  const { partyKeys: _old, ...plain } = entry as StoredEntry;
  return { ...plain, partyKeys: partyKeysOf(entry.keyParties ?? []) };
}

/** The entry as readers and the export see it: exactly the `HistoryEntry` fields, no index helpers. */
export function fromStored(record: StoredEntry): HistoryEntry {
  const { partyKeys: _index, ...entry } = record;
  return entry;
}

/** The index keys for some key parties: folded names, each once. */
export function partyKeysOf(parties: ReadonlyArray<{ name: string }>): string[] {
  return [...new Set(parties.map((p) => foldForCompare(p.name)).filter(Boolean))];
}
