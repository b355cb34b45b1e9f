import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { clearHistory, exportHistory, readHistory, recordArticle } from '../../../src/history/history-store';
import { entry, simulateQuota } from './history-fixtures';

describe('deleting and exporting the history', () => {
  it('exports every entry as JSON, as read', async () => {
    const factory = new IDBFactory();
    const stored = [entry('https://a.example/1', 10, ['Nikol Pashinyan']), entry('https://a.example/2', 20, ['Ilham Aliyev'])];
    for (const e of stored) await recordArticle(e, factory);
    const exported = JSON.parse(await exportHistory(factory));
    expect(exported).toMatchObject({ format: 'backstory-history', version: 1 });
    expect(new Date(exported.exportedAt).getTime()).not.toBeNaN();
    // Exactly the entries: no index helper fields.
    expect(exported.articles).toEqual(stored);
  });

  it('ends empty when deleted while writes from several tabs are in flight', async () => {
    const factory = new IDBFactory();
    await recordArticle(entry('https://a.example/before', 1), factory);
    const writes = Array.from({ length: 20 }, (_, i) => recordArticle(entry(`https://a.example/${i}`, 100 + i), factory));
    const cleared = clearHistory(factory);
    const outcomes = await Promise.all([...writes, cleared]);
    expect(await readHistory(factory)).toEqual([]);
    // Each write was either stored and then deleted, or found the delete and dropped itself.
    expect(outcomes.slice(0, 20).every((o) => o === 'stored' || o === 'deleted-meanwhile')).toBe(true);
  });

  it('drops a write requested before the delete even when its transaction commits after it', async () => {
    const factory = new IDBFactory();
    const requestedAt = Date.now();
    await clearHistory(factory);
    // The late commit of a write that the background started (read settings, …) before the delete.
    expect(await recordArticle(entry('https://a.example/late', 1), factory, { requestedAt })).toBe('deleted-meanwhile');
    expect(await readHistory(factory)).toEqual([]);
  });

  it('keeps writes requested after the delete', async () => {
    const factory = new IDBFactory();
    await recordArticle(entry('https://a.example/old', 1), factory);
    await clearHistory(factory);
    const after = Date.now() + 1;
    expect(await recordArticle(entry('https://a.example/new', 2), factory, { requestedAt: after })).toBe('stored');
    expect((await readHistory(factory)).map((e) => e.url)).toEqual(['https://a.example/new']);
  });

  it('ends empty when deleted while a write is retrying on a full disk', async () => {
    const factory = new IDBFactory();
    for (let i = 1; i <= 3; i++) await recordArticle(entry(`https://a.example/${i}`, i), factory);
    const quota = simulateQuota(() => 3);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const [outcome] = await Promise.all([recordArticle(entry('https://a.example/4', 4), factory), clearHistory(factory)]);
      expect(await readHistory(factory)).toEqual([]);
      // After the delete there is nothing to evict: the write gives up (or finds the delete) instead of retrying on.
      expect(['no-room', 'deleted-meanwhile']).toContain(outcome);
    } finally {
      quota.restore();
      warn.mockRestore();
    }
  });
});
