import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { QUOTA_RETRIES, readHistory, recordArticle } from '../../../src/history/history-store';
import { isQuotaExceeded } from '../../../src/history/quota';
import { entry, simulateQuota } from './history-fixtures';

const urls = async (factory: IDBFactory) => (await readHistory(factory)).map((e) => e.url);

describe('history on a full disk', () => {
  let quota: ReturnType<typeof simulateQuota> | null = null;
  afterEach(() => {
    quota?.restore();
    quota = null;
    vi.restoreAllMocks();
  });

  it('evicts the oldest entry and stores the new one', async () => {
    const factory = new IDBFactory();
    for (let i = 1; i <= 5; i++) await recordArticle(entry(`https://a.example/${i}`, i), factory);
    quota = simulateQuota(() => 5);
    expect(await recordArticle(entry('https://a.example/6', 6), factory)).toBe('stored');
    expect(quota.refusals()).toBe(1);
    expect(await urls(factory)).toEqual([2, 3, 4, 5, 6].map((i) => `https://a.example/${i}`));
  });

  it('evicts no more than needed when the room shrank by several entries', async () => {
    const factory = new IDBFactory();
    for (let i = 1; i <= 6; i++) await recordArticle(entry(`https://a.example/${i}`, i), factory);
    quota = simulateQuota(() => 3);
    expect(await recordArticle(entry('https://a.example/7', 7), factory)).toBe('stored');
    // Room for 3: the two newest old entries and the new one; 4 evicted, not one more.
    expect(await urls(factory)).toEqual([5, 6, 7].map((i) => `https://a.example/${i}`));
  });

  it('refreshing a stored article takes no room, so nothing is evicted', async () => {
    const factory = new IDBFactory();
    for (let i = 1; i <= 3; i++) await recordArticle(entry(`https://a.example/${i}`, i), factory);
    quota = simulateQuota(() => 3);
    expect(await recordArticle(entry('https://a.example/1', 9), factory)).toBe('stored');
    expect(await urls(factory)).toEqual([2, 3, 1].map((i) => `https://a.example/${i}`));
  });

  it('gives up after a bounded number of retries without throwing, and keeps the rest', async () => {
    const factory = new IDBFactory();
    for (let i = 1; i <= 20; i++) await recordArticle(entry(`https://a.example/${i}`, i), factory);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    quota = simulateQuota(() => 0);
    expect(await recordArticle(entry('https://a.example/new', 99), factory)).toBe('no-room');
    expect(quota.refusals()).toBe(QUOTA_RETRIES + 1);
    expect(await urls(factory)).toHaveLength(20 - QUOTA_RETRIES);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('gives up at once when there is nothing left to evict', async () => {
    const factory = new IDBFactory();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    quota = simulateQuota(() => 0);
    expect(await recordArticle(entry('https://a.example/1', 1), factory)).toBe('no-room');
    expect(quota.refusals()).toBe(1);
  });

  it('still throws other errors, for the caller to log', async () => {
    const factory = new IDBFactory();
    // An entry without a URL (entryFor never makes one) fails in the transaction: an abort, not a quota error.
    await expect(recordArticle({ ...entry('x', 1), url: undefined as unknown as string }, factory)).rejects.toThrow();
  });

  it('recognises the quota errors of current and older engines', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaExceeded(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
  });
});
