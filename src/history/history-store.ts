import type { HistoryEntry } from './history-entry';

/**
 * The reader's history in IndexedDB (the extension's own origin: the background writes, the popup
 * and options page read). Local only, never synced or sent. Capped: the oldest entries go first.
 */
const DB_NAME = 'backstory-history';
const STORE = 'articles';
export const HISTORY_CAP = 2000;

function open(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'url' });
      store.createIndex('readAt', 'readAt');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('Could not open the reading history'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('Reading history transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('Reading history transaction aborted'));
  });
}

/** Adds or refreshes an article (keyed by URL), then evicts the oldest beyond the cap. */
export async function recordArticle(entry: HistoryEntry, factory?: IDBFactory, cap = HISTORY_CAP): Promise<void> {
  const db = await open(factory);
  try {
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    store.put(entry);
    const countReq = store.count();
    countReq.onsuccess = () => {
      let excess = countReq.result - cap;
      if (excess <= 0) return;
      store.index('readAt').openCursor().onsuccess = (e) => {
        const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
        if (!cursor || excess <= 0) return;
        cursor.delete();
        excess--;
        cursor.continue();
      };
    };
    await done(tx);
  } finally {
    db.close();
  }
}

/** Every entry, oldest first. */
export async function readHistory(factory?: IDBFactory): Promise<HistoryEntry[]> {
  const db = await open(factory);
  try {
    const tx = db.transaction(STORE, 'readonly');
    const req = tx.objectStore(STORE).index('readAt').getAll();
    await done(tx);
    return req.result as HistoryEntry[];
  } finally {
    db.close();
  }
}

/** Deletes every entry. */
export async function clearHistory(factory?: IDBFactory): Promise<void> {
  const db = await open(factory);
  try {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).clear();
    await done(tx);
  } finally {
    db.close();
  }
}

/** The whole history as pretty-printed JSON, for the reader's own export. */
export async function exportHistory(factory?: IDBFactory): Promise<string> {
  return JSON.stringify({ format: 'backstory-history', version: 1, exportedAt: new Date().toISOString(), articles: await readHistory(factory) }, null, 2);
}
