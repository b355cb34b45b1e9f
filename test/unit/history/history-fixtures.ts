import { vi } from 'vitest';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import type { HistoryEntry } from '../../../src/history/history-entry';
import { HISTORY_DB } from '../../../src/history/history-db';

/** A history entry read at `readAt`, its key parties people named `parties`. */
export const entry = (url: string, readAt: number, parties: string[] = ['Nikol Pashinyan']): HistoryEntry => ({
  url, headline: `Headline of ${url}`, publisher: 'Anadolu Agency', agencies: ['Anadolu Agency'], published: null, readAt,
  keyParties: parties.map((name) => ({ name, type: 'person' as const })),
});

/** Resolves with the request's result, rejects with its error. */
export function settle<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens the history database with raw IndexedDB, at whatever version it has (no upgrade). */
export const openRaw = (factory: IDBFactory): Promise<IDBDatabase> => settle(factory.open(HISTORY_DB));

/**
 * Makes fake-indexeddb refuse writes the way a full disk does in a browser: a transaction that leaves
 * more than `capacity()` articles aborts with a QuotaExceededError (the put request itself succeeds,
 * as in Chromium, which checks the quota when the transaction commits). Undo with `restore()`.
 */
export function simulateQuota(capacity: () => number): { refusals: () => number; restore: () => void } {
  const put = FakeObjectStore.prototype.put as IDBObjectStore['put'];
  let refusals = 0;
  const spy = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const req = put.call(this, value, key);
    if (this.name !== 'articles') return req;
    const tx = this.transaction as unknown as { _abort(name: string): void };
    const count = this.count();
    count.onsuccess = () => {
      if (count.result <= capacity()) return;
      refusals++;
      tx._abort('QuotaExceededError');
    };
    return req;
  });
  return { refusals: () => refusals, restore: () => spy.mockRestore() };
}
