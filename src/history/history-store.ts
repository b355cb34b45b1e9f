/**
 * The reader's history in IndexedDB (the extension's own origin: the background writes, the popup
 * and options page read). Local only, never synced or sent. Capped: the oldest entries go first.
 * Every call opens its own connection and closes it, so each page or worker (each "tab") is a
 * separate connection; readwrite transactions on the articles store run one at a time across them.
 */
import type { HistoryEntry } from './history-entry';
import { openHistoryDb, transactionDone } from './history-db';
import { evictBeyondCap, evictOldest } from './history-eviction';
import { ARTICLES, CLEARED_AT, META } from './history-migrations';
import { isQuotaExceeded } from './quota';
import { fromStored, partyKeysOf, toStored, type StoredEntry } from './stored-entry';

/** Most entries kept; beyond it the oldest go first. */
export const HISTORY_CAP = 2000;
/**
 * How often a write the quota refused is retried, each time after evicting the oldest entry. One at a
 * time, so no more is evicted than the write needs (entries are much the same size: one is usually
 * enough); bounded, so a quota nothing here can satisfy costs at most this many entries per write.
 */
export const QUOTA_RETRIES = 8;

/** What became of one write. */
export type RecordOutcome =
  /** Added or refreshed. */
  | 'stored'
  /** The same URL is already stored with a later visit (another tab's write landed first); kept as is. */
  | 'newer-kept'
  /** The reader deleted the history at or after the moment this write was requested; dropped. */
  | 'deleted-meanwhile'
  /** The quota stayed exhausted after every retry; not stored (and not thrown). */
  | 'no-room';

/** Options for {@link recordArticle}. */
export interface RecordOptions {
  /** Most entries kept. */
  cap?: number;
  /**
   * When the write was asked for (ms since the epoch; default now). A delete-all at or after this time
   * wins over the write, whichever transaction commits first; the background passes the moment the
   * report arrived, before it read the settings, so a history turned off meanwhile stays empty.
   */
  requestedAt?: number;
}

/**
 * Adds or refreshes an article (keyed by URL; a later visit is never replaced by an earlier one),
 * evicting the oldest beyond the cap in the same transaction. When the quota is exhausted it evicts the
 * oldest entries and retries, a bounded number of times, and resolves 'no-room' rather than throwing.
 */
export async function recordArticle(entry: HistoryEntry, factory?: IDBFactory, options: RecordOptions = {}): Promise<RecordOutcome> {
  const { cap = HISTORY_CAP, requestedAt = Date.now() } = options;
  const db = await openHistoryDb(factory);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await writeEntry(db, entry, cap, requestedAt);
      } catch (e) {
        if (!isQuotaExceeded(e)) throw e;
        if (attempt >= QUOTA_RETRIES || (await evictOldest(db, 1)) === 0) {
          console.warn('Backstory: no room for the reading history, this article was not kept', e);
          return 'no-room';
        }
      }
    }
  } finally {
    db.close();
  }
}

/** One attempt: the delete-all check, the put and the cap's eviction, all in one readwrite transaction. */
async function writeEntry(db: IDBDatabase, entry: HistoryEntry, cap: number, requestedAt: number): Promise<RecordOutcome> {
  const tx = db.transaction([ARTICLES, META], 'readwrite');
  const articles = tx.objectStore(ARTICLES);
  let outcome: RecordOutcome = 'stored';
  const clearedAt = tx.objectStore(META).get(CLEARED_AT);
  clearedAt.onsuccess = () => {
    if (typeof clearedAt.result === 'number' && requestedAt <= clearedAt.result) {
      outcome = 'deleted-meanwhile';
      return;
    }
    const existing = articles.get(entry.url);
    existing.onsuccess = () => {
      if (existing.result && (existing.result as StoredEntry).readAt > entry.readAt) {
        outcome = 'newer-kept';
        return;
      }
      articles.put(toStored(entry));
      evictBeyondCap(articles, cap);
    };
  };
  await transactionDone(tx);
  return outcome;
}

/** Every entry, oldest first. */
export async function readHistory(factory?: IDBFactory): Promise<HistoryEntry[]> {
  const db = await openHistoryDb(factory);
  try {
    const tx = db.transaction(ARTICLES, 'readonly');
    const req = tx.objectStore(ARTICLES).index('readAt').getAll();
    await transactionDone(tx);
    return (req.result as StoredEntry[]).map(fromStored);
  } finally {
    db.close();
  }
}

/** The entries sharing at least one key party with `parties` (names compared folded), oldest first. */
export async function readHistoryAbout(parties: ReadonlyArray<{ name: string }>, factory?: IDBFactory): Promise<HistoryEntry[]> {
  const db = await openHistoryDb(factory);
  try {
    const tx = db.transaction(ARTICLES, 'readonly');
    const index = tx.objectStore(ARTICLES).index('partyKeys');
    const requests = partyKeysOf(parties).map((key) => index.getAll(key));
    await transactionDone(tx);
    const byUrl = new Map<string, StoredEntry>();
    for (const req of requests) for (const record of req.result as StoredEntry[]) byUrl.set(record.url, record);
    return [...byUrl.values()].sort((a, b) => a.readAt - b.readAt).map(fromStored);
  } finally {
    db.close();
  }
}

/**
 * Deletes every entry. Writes requested before this call (up to the same millisecond) end up deleted
 * too, even those whose transaction commits after this one: they find the delete's time in META and
 * drop themselves. Writes requested later are kept.
 */
export async function clearHistory(factory?: IDBFactory): Promise<void> {
  const clearedAt = Date.now();
  const db = await openHistoryDb(factory);
  try {
    const tx = db.transaction([ARTICLES, META], 'readwrite');
    tx.objectStore(ARTICLES).clear();
    tx.objectStore(META).put(clearedAt, CLEARED_AT);
    await transactionDone(tx);
  } finally {
    db.close();
  }
}

/** The whole history as pretty-printed JSON, for the reader's own export. */
export async function exportHistory(factory?: IDBFactory): Promise<string> {
  return JSON.stringify({ format: 'backstory-history', version: 1, exportedAt: new Date().toISOString(), articles: await readHistory(factory) }, null, 2);
}
