import { HISTORY_VERSION, runMigrations } from './history-migrations';

/** The reader's history database, in the extension's own origin (the background and the extension pages share it). */
export const HISTORY_DB = 'backstory-history';

/**
 * Opens the history database at the current version, upgrading an older one step by step. The
 * connection closes itself when a newer version (an updated extension in another page) asks to
 * upgrade, so an open popup never blocks the upgrade.
 */
export function openHistoryDb(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(HISTORY_DB, HISTORY_VERSION);
    req.onupgradeneeded = (e) => runMigrations(req.result, req.transaction!, e.oldVersion);
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('Could not open the reading history'));
  });
}

/** Settles when `tx` commits; rejects with the transaction's error (a QuotaExceededError among them) when it aborts. */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('Reading history transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('Reading history transaction aborted'));
  });
}
