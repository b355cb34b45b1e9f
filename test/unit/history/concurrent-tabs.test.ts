import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { readHistory, recordArticle } from '../../../src/history/history-store';
import { entry } from './history-fixtures';

// Every recordArticle call opens its own connection, as each tab's report, the popup and the options
// page do in the browser; these tests start many at once on one IDBFactory (one browser profile).

describe('history written from several tabs at once', () => {
  it('loses no entry', async () => {
    const factory = new IDBFactory();
    const all = Array.from({ length: 40 }, (_, i) => entry(`https://a.example/${i}`, 1000 + i));
    await Promise.all(all.map((e) => recordArticle(e, factory)));
    expect((await readHistory(factory)).map((e) => e.url)).toEqual(all.map((e) => e.url));
  });

  it('enforces the cap, keeping the most recently read', async () => {
    const factory = new IDBFactory();
    // Shuffled, so the writes do not commit in reading order.
    const all = Array.from({ length: 30 }, (_, i) => entry(`https://a.example/${i}`, 1000 + ((i * 7) % 30)));
    const outcomes = await Promise.all(all.map((e) => recordArticle(e, factory, { cap: 10 })));
    expect(outcomes.every((o) => o === 'stored')).toBe(true);
    expect((await readHistory(factory)).map((e) => e.readAt)).toEqual(Array.from({ length: 10 }, (_, i) => 1020 + i));
  });

  it('updates a re-visited article instead of duplicating it, the latest visit winning', async () => {
    const factory = new IDBFactory();
    const visits = [5, 50, 20, 40, 10].map((readAt) => entry('https://a.example/same', readAt, ['Nikol Pashinyan']));
    const others = [entry('https://a.example/other', 30)];
    const outcomes = await Promise.all([...visits, ...others].map((e) => recordArticle(e, factory)));
    const history = await readHistory(factory);
    expect(history.map((e) => [e.url, e.readAt])).toEqual([['https://a.example/other', 30], ['https://a.example/same', 50]]);
    // The visits that arrived after the later one left it as it was.
    expect(outcomes.filter((o) => o === 'newer-kept')).toHaveLength(3);
  });
});
