import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { HISTORY_DB } from '../../../src/history/history-db';
import { HISTORY_MIGRATIONS, HISTORY_VERSION } from '../../../src/history/history-migrations';
import { exportHistory, readHistory, readHistoryAbout, recordArticle } from '../../../src/history/history-store';
import { entry, openRaw, settle } from './history-fixtures';

/** A database exactly as the version 1 code created and filled it (its `open` and `put`, verbatim). */
async function versionOneDatabase(factory: IDBFactory, entries: object[]): Promise<void> {
  const req = factory.open(HISTORY_DB, 1);
  req.onupgradeneeded = () => {
    const store = req.result.createObjectStore('articles', { keyPath: 'url' });
    store.createIndex('readAt', 'readAt');
  };
  const db = await settle(req);
  const tx = db.transaction('articles', 'readwrite');
  for (const e of entries) tx.objectStore('articles').put(e);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

describe('history schema migrations', () => {
  it('lists one step per version, in order, from 1 to the current version', () => {
    expect(HISTORY_MIGRATIONS.map((m) => m.version)).toEqual(HISTORY_MIGRATIONS.map((_, i) => i + 1));
    expect(HISTORY_VERSION).toBeGreaterThan(1);
  });

  it('opens a version 1 database with every entry kept, and indexes them by party', async () => {
    const factory = new IDBFactory();
    const old = [entry('https://a.example/1', 10, ['Nikol Pashinyan']), entry('https://a.example/2', 20, ['Ilham Aliyev', 'NIKOL PASHINYAN']), entry('https://a.example/3', 5, ['Angela Merkel'])];
    await versionOneDatabase(factory, old);

    expect(await readHistory(factory)).toEqual([old[2], old[0], old[1]]);
    // The new index covers the old records (their partyKeys were filled in by the upgrade).
    expect((await readHistoryAbout([{ name: 'Nikol Pashinyan' }], factory)).map((e) => e.url)).toEqual(['https://a.example/1', 'https://a.example/2']);
    expect(JSON.parse(await exportHistory(factory)).articles).toEqual([old[2], old[0], old[1]]);

    const db = await openRaw(factory);
    expect(db.version).toBe(HISTORY_VERSION);
    expect([...db.objectStoreNames]).toEqual(['articles', 'meta']);
    db.close();
  });

  it('keeps migrated entries working for writes: refresh by URL and eviction by age', async () => {
    const factory = new IDBFactory();
    await versionOneDatabase(factory, [entry('https://a.example/1', 10), entry('https://a.example/2', 20)]);
    await recordArticle(entry('https://a.example/1', 30), factory, { cap: 2 });
    await recordArticle(entry('https://a.example/3', 40), factory, { cap: 2 });
    expect((await readHistory(factory)).map((e) => [e.url, e.readAt])).toEqual([['https://a.example/1', 30], ['https://a.example/3', 40]]);
  });

  it('creates every store and index on a new database', async () => {
    const factory = new IDBFactory();
    await recordArticle(entry('https://a.example/1', 10), factory);
    const db = await openRaw(factory);
    const articles = db.transaction('articles').objectStore('articles');
    expect([...articles.indexNames]).toEqual(['partyKeys', 'readAt']);
    expect(articles.index('partyKeys').multiEntry).toBe(true);
    db.close();
  });
});
