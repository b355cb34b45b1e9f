import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { Annotation } from '../../../src/core/types';
import { sampleAnnotation } from '../ui/sample-annotation';
import { clearHistory, readHistory } from '../../../src/history/history-store';
import { simulateQuota } from '../history/history-fixtures';

/** What `loadSettings` reads; a test may replace it to act while the background awaits the settings. */
let syncGet: () => Promise<Record<string, unknown>> = async () => ({});
vi.mock('webextension-polyfill', () => ({ default: { storage: { sync: { get: () => syncGet() } } } }));
// Settings are read through the browser's own API (src/extension-api.ts).
vi.mock('../../../src/extension-api', () => ({ extensionApi: () => ({ runtime: { id: 'ours' }, storage: { sync: { get: () => syncGet() } } }) }));
const { rememberArticle } = await import('../../../src/background/remember-article');

const article = (url: string, ...parties: string[]): Annotation =>
  sampleAnnotation({ url, parties: parties.map((name) => ({ name, type: 'person' as const, role: null, aliases: [], mentions: 2, key: true })) });

describe('rememberArticle', () => {
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    syncGet = async () => ({});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('keeps the reports of several tabs arriving at once, and links the earlier reading', async () => {
    await Promise.all(['a', 'b', 'c'].map((p) => rememberArticle(article(`https://a.example/${p}`, 'Nikol Pashinyan'))));
    expect((await readHistory()).map((e) => e.url).sort()).toEqual(['https://a.example/a', 'https://a.example/b', 'https://a.example/c']);
    const links = await rememberArticle(article('https://a.example/d', 'Nikol Pashinyan'));
    expect(links.map((l) => l.url).sort()).toEqual(['https://a.example/a', 'https://a.example/b', 'https://a.example/c']);
  });

  it('never throws when the disk stays full: the report goes on with its earlier reading', async () => {
    await rememberArticle(article('https://a.example/a', 'Nikol Pashinyan'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const quota = simulateQuota(() => 0);
    try {
      const links = await rememberArticle(article('https://a.example/b', 'Nikol Pashinyan'));
      // The one stored entry was evicted trying to make room, after it was read for the links.
      expect(links.map((l) => l.url)).toEqual(['https://a.example/a']);
    } finally {
      quota.restore();
    }
  });

  it('never throws when the history cannot be opened at all', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    vi.stubGlobal('indexedDB', { open: () => { throw new DOMException('no IndexedDB here', 'InvalidStateError'); } });
    await expect(rememberArticle(article('https://a.example/a', 'Nikol Pashinyan'))).resolves.toEqual([]);
  });

  it('keeps nothing when the reader deletes the history while the report is being handled', async () => {
    // The reader turns the history off (which deletes it) just as the background reads the settings, still "on".
    syncGet = async () => {
      await clearHistory();
      return {};
    };
    await rememberArticle(article('https://a.example/a', 'Nikol Pashinyan'));
    expect(await readHistory()).toEqual([]);
  });
});
