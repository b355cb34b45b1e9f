import { transactionDone } from './history-db';
import { ARTICLES } from './history-migrations';

/**
 * Deletes the `count` oldest entries (by readAt) through `articles`, inside the caller's transaction;
 * calls `deleted` with how many it found to delete.
 */
export function deleteOldest(articles: IDBObjectStore, count: number, deleted: (n: number) => void = () => {}): void {
  let left = count;
  if (left <= 0) return deleted(0);
  articles.index('readAt').openCursor().onsuccess = (e) => {
    const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
    if (!cursor || left <= 0) return deleted(count - left);
    cursor.delete();
    left--;
    cursor.continue();
  };
}

/**
 * Keeps at most `cap` entries, deleting the oldest. Runs in the writer's own readwrite transaction, so
 * the count and the deletions see no other tab's write in between.
 */
export function evictBeyondCap(articles: IDBObjectStore, cap: number): void {
  const count = articles.count();
  count.onsuccess = () => deleteOldest(articles, count.result - cap);
}

/**
 * Deletes the `count` oldest entries in a transaction of its own, committed before the caller retries
 * a write the quota refused: deletions made in the write's own transaction would be rolled back with
 * it if the quota refused it again. Resolves to how many it deleted.
 */
export async function evictOldest(db: IDBDatabase, count: number): Promise<number> {
  const tx = db.transaction(ARTICLES, 'readwrite');
  let deleted = 0;
  deleteOldest(tx.objectStore(ARTICLES), count, (n) => (deleted = n));
  await transactionDone(tx);
  return deleted;
}
