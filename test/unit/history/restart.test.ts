import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { HISTORY_DB, openHistoryDb } from '../../../src/history/history-db';
import { HISTORY_VERSION } from '../../../src/history/history-migrations';
import { clearHistory, readHistory, recordArticle } from '../../../src/history/history-store';
import { entry, settle } from './history-fixtures';

/** Deletes the database, failing if any connection is still open (which would block a browser's upgrade too). */
function deleteUnblocked(factory: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.deleteDatabase(HISTORY_DB);
    req.onblocked = () => reject(new Error('a history connection was left open'));
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

describe('history across restarts', () => {
  it('reads back after every connection closed and the database is opened again', async () => {
    const factory = new IDBFactory();
    await recordArticle(entry('https://a.example/1', 10, ['Nikol Pashinyan']), factory);
    await recordArticle(entry('https://a.example/2', 20, ['Ilham Aliyev']), factory);
    // A "restart": a fresh connection at the stored version, then the store's own open.
    const db = await settle(factory.open(HISTORY_DB));
    expect(db.version).toBe(HISTORY_VERSION);
    expect(await settle(db.transaction('articles').objectStore('articles').count())).toBe(2);
    db.close();
    expect((await readHistory(factory)).map((e) => e.url)).toEqual(['https://a.example/1', 'https://a.example/2']);
  });

  it('leaves no connection open after a write, a read or a delete', async () => {
    const factory = new IDBFactory();
    await recordArticle(entry('https://a.example/1', 10), factory);
    await readHistory(factory);
    await clearHistory(factory);
    await expect(deleteUnblocked(factory)).resolves.toBeUndefined();
  });

  it('lets a newer version upgrade while a connection is open (an updated extension, a popup still open)', async () => {
    const factory = new IDBFactory();
    const held = await openHistoryDb(factory);
    const newer = factory.open(HISTORY_DB, HISTORY_VERSION + 1);
    let blocked = false;
    newer.onblocked = () => (blocked = true);
    const upgraded = await settle(newer);
    expect(blocked).toBe(false);
    expect(upgraded.version).toBe(HISTORY_VERSION + 1);
    upgraded.close();
    held.close();
  });
});
