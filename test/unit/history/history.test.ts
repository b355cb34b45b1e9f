import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { clearHistory, exportHistory, readHistory, recordArticle } from '../../../src/history/history-store';
import { earlierReading, timelineFor } from '../../../src/history/earlier-reading';
import { entryFor, type HistoryEntry } from '../../../src/history/history-entry';
import { sampleAnnotation } from '../ui/sample-annotation';

const entry = (url: string, readAt: number, parties: string[]): HistoryEntry => ({
  url, headline: url, publisher: null, agencies: [], published: null, readAt,
  keyParties: parties.map((name) => ({ name, type: 'person' as const })),
});

describe('history store (IndexedDB)', () => {
  it('records, refreshes by URL and reads back oldest first', async () => {
    const db = new IDBFactory();
    await recordArticle(entry('https://a.example/1', 10, ['Nikol Pashinyan']), db);
    await recordArticle(entry('https://a.example/2', 20, ['Azerbaijan']), db);
    await recordArticle(entry('https://a.example/1', 30, ['Nikol Pashinyan', 'Armenia']), db);
    const all = await readHistory(db);
    expect(all.map((e) => [e.url, e.readAt])).toEqual([['https://a.example/2', 20], ['https://a.example/1', 30]]);
  });

  it('evicts the oldest entries beyond the cap', async () => {
    const db = new IDBFactory();
    for (let i = 1; i <= 5; i++) await recordArticle(entry(`https://a.example/${i}`, i, ['X']), db, { cap: 3 });
    expect((await readHistory(db)).map((e) => e.readAt)).toEqual([3, 4, 5]);
  });

  it('clears everything and exports what it holds as JSON', async () => {
    const db = new IDBFactory();
    await recordArticle(entry('https://a.example/1', 10, ['X']), db);
    const exported = JSON.parse(await exportHistory(db));
    expect(exported).toMatchObject({ format: 'backstory-history', version: 1, articles: [{ url: 'https://a.example/1' }] });
    await clearHistory(db);
    expect(await readHistory(db)).toEqual([]);
  });
});

describe('earlierReading', () => {
  const history = [
    entry('https://a.example/old', 1, ['Nikol Pashinyan', 'Robert Kocharian']),
    entry('https://a.example/new', 5, ['Nikol Pashinyan']),
    entry('https://a.example/other', 9, ['Angela Merkel']),
    entry('https://a.example/current', 10, ['Nikol Pashinyan']),
  ];
  it('ranks by shared key parties, then recency, without the current article', () => {
    const found = earlierReading(history, { url: 'https://a.example/current', keyParties: [{ name: 'NIKOL PASHINYAN', type: 'person' }, { name: 'Robert Kocharian', type: 'person' }] });
    expect(found.map((f) => [f.entry.url, f.shared])).toEqual([
      // Shared parties are named as the current article names them.
      ['https://a.example/old', ['NIKOL PASHINYAN', 'Robert Kocharian']],
      ['https://a.example/new', ['NIKOL PASHINYAN']],
    ]);
  });
  it("gives a party's timeline oldest first", () => {
    expect(timelineFor(history, 'Nikol Pashinyan').map((e) => e.url)).toEqual(['https://a.example/old', 'https://a.example/new', 'https://a.example/current']);
  });
});

describe('entryFor', () => {
  it('keeps key parties of articles only, and the canonical address without fragment', () => {
    const parties = [
      { name: 'Nikol Pashinyan', type: 'person' as const, role: null, aliases: [], mentions: 2, key: true },
      { name: 'Facebook', type: 'organization' as const, role: null, aliases: [], mentions: 1, key: false },
    ];
    const e = entryFor(sampleAnnotation({ parties, canonicalUrl: 'https://a.example/story#top' }), 42)!;
    expect(e.keyParties).toEqual([{ name: 'Nikol Pashinyan', type: 'person' }]);
    expect(e.url).toBe('https://a.example/story');
    expect(entryFor(sampleAnnotation({ parties, isArticle: false }), 42)).toBeNull();
    expect(entryFor(sampleAnnotation({ parties: [] }), 42)).toBeNull();
  });
});
