import { toStored, type StoredEntry } from './stored-entry';

/** The object store of articles, keyed by URL. */
export const ARTICLES = 'articles';
/** Small bookkeeping records (the last delete-all); keys are the names below. */
export const META = 'meta';
/** The `META` key holding when the reader last deleted the whole history (ms since the epoch). */
export const CLEARED_AT = 'clearedAt';

/** One step of the history database's schema: the version it makes, and how, from the version before. */
export interface HistoryMigration {
  version: number;
  /** What the step adds, for the reader of this list. */
  adds: string;
  /**
   * Runs inside the upgrade transaction. It must keep every stored entry: an exception here aborts the
   * whole upgrade and leaves the database at its old version, untouched.
   */
  upgrade(db: IDBDatabase, tx: IDBTransaction): void;
}

/**
 * Every schema version in order. Append a step for each change, never edit a released one: a reader's
 * database may be at any earlier version, and opening it runs every step above that version in turn.
 */
export const HISTORY_MIGRATIONS: readonly HistoryMigration[] = [
  {
    version: 1,
    adds: 'articles keyed by URL, indexed by readAt (the oldest go first when the history is full)',
    upgrade(db) {
      db.createObjectStore(ARTICLES, { keyPath: 'url' }).createIndex('readAt', 'readAt');
    },
  },
  {
    version: 2,
    adds: 'the partyKeys index, so the earlier reading about a party is looked up instead of reading everything',
    upgrade(_db, tx) {
      const articles = tx.objectStore(ARTICLES);
      articles.createIndex('partyKeys', 'partyKeys', { multiEntry: true });
      // Version 1 records have no partyKeys: rewrite each in place (same key), so none is dropped.
      articles.openCursor().onsuccess = (e) => {
        const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
        if (!cursor) return;
        cursor.update(toStored(cursor.value as StoredEntry));
        cursor.continue();
      };
    },
  },
  {
    version: 3,
    adds: 'the meta store, which remembers the last delete-all so writes already under way cannot undo it',
    upgrade(db) {
      db.createObjectStore(META);
    },
  },
];

/** The version this code opens the database at. */
export const HISTORY_VERSION = HISTORY_MIGRATIONS[HISTORY_MIGRATIONS.length - 1].version;

/** Runs, in order, every step above `oldVersion` (0 for a new database). */
export function runMigrations(db: IDBDatabase, tx: IDBTransaction, oldVersion: number, migrations: readonly HistoryMigration[] = HISTORY_MIGRATIONS): void {
  for (const step of migrations) if (step.version > oldVersion) step.upgrade(db, tx);
}
