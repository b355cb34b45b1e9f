import { describe, expect, it, vi } from 'vitest';
import { fetchCoverage, fetchSummary, type LiveCache, type LiveDeps } from '../../../src/live/live-client';
import { readGdeltReply } from '../../../src/live/gdelt';
import { readSummaryReply } from '../../../src/live/wikipedia';
import { PacedQueue } from '../../../src/live/paced-queue';

const ENDPOINTS = { gdelt: 'http://127.0.0.1:1/gdelt', wikipedia: 'http://127.0.0.1:1/wiki/{lang}/' };
const story = {
  headline: 'Armenian military maintains call for premier to resign',
  published: '2021-02-25T04:57:00+03:00',
  parties: [{ name: 'Nikol Pashinyan', type: 'person' as const, role: null, aliases: [], mentions: 2, key: true }],
};

function memoryCache(): LiveCache {
  const m = new Map<string, { at: number; outcome: never }>();
  return { get: async (k) => m.get(k) ?? null, set: async (k, v) => void m.set(k, v as never) };
}

function deps(fetchImpl: (url: string, init?: RequestInit) => Promise<Response>): LiveDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input));
      return fetchImpl(String(input), init);
    }) as typeof fetch,
    cache: memoryCache(),
    now: () => 1_000_000,
    gdeltQueue: new PacedQueue(0),
    wikiQueue: new PacedQueue(0),
  };
}

const GDELT_OK = JSON.stringify({ articles: [{ url: 'https://news.example/a', title: 'Armenia army  calls for PM to go', seendate: '20210225T081500Z', domain: 'news.example', language: 'English', sourcecountry: 'Armenia' }, { url: 'javascript:alert(1)', title: 'bad' }] });

describe('GDELT replies', () => {
  it('reads the article list and drops non-http links', () => {
    const r = readGdeltReply(200, GDELT_OK, null, 5);
    expect(r).toEqual({ state: 'ok', fetchedAt: 5, cached: false, value: [{ url: 'https://news.example/a', title: 'Armenia army calls for PM to go', domain: 'news.example', seen: '2021-02-25T08:15:00Z', language: 'English', country: 'Armenia' }] });
  });
  it('says "nothing found" for JSON without articles, and reports plain-text errors and 429', () => {
    expect(readGdeltReply(200, '{}', null, 5)).toEqual({ state: 'nothing-found' });
    expect(readGdeltReply(200, 'The specified phrase is too short.', null, 5)).toEqual({ state: 'error', detail: 'GDELT said: The specified phrase is too short.' });
    expect(readGdeltReply(429, 'Please limit requests to one every 5 seconds', '5', 5)).toEqual({ state: 'rate-limited', retryAfterSeconds: 5 });
  });
});

describe('Wikipedia summaries', () => {
  it('uses the plain-text extract only, with attribution', () => {
    const body = JSON.stringify({ type: 'standard', title: 'Nikol Pashinyan', extract: 'Nikol Pashinyan is an Armenian politician.', extract_html: '<p><img src=x onerror=alert(1)></p>', content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Nikol_Pashinyan' } } });
    const r = readSummaryReply(200, body, 7);
    expect(r).toMatchObject({ state: 'ok', value: { title: 'Nikol Pashinyan', extract: 'Nikol Pashinyan is an Armenian politician.', url: 'https://en.wikipedia.org/wiki/Nikol_Pashinyan' } });
    expect(JSON.stringify(r)).not.toContain('onerror');
  });
  it('treats 404 and disambiguation pages as nothing found', () => {
    expect(readSummaryReply(404, '{}', 7)).toEqual({ state: 'nothing-found' });
    expect(readSummaryReply(200, JSON.stringify({ type: 'disambiguation', extract: 'X may refer to' }), 7)).toEqual({ state: 'nothing-found' });
  });
});

describe('live client', () => {
  it('asks GDELT for the story in a date window, once: the second call is served from the cache', async () => {
    const d = deps(async () => new Response(GDELT_OK, { status: 200 }));
    const first = await fetchCoverage(story, ENDPOINTS, d);
    const second = await fetchCoverage(story, ENDPOINTS, d);
    expect(first).toMatchObject({ state: 'ok', cached: false });
    expect(second).toMatchObject({ state: 'ok', cached: true });
    expect(d.calls).toHaveLength(1);
    const url = new URL(d.calls[0]);
    expect(url.searchParams.get('query')).toBe('"Nikol Pashinyan" Armenian maintains');
    expect([url.searchParams.get('startdatetime'), url.searchParams.get('enddatetime'), url.searchParams.get('format')]).toEqual(['20210223000000', '20210228000000', 'json']);
  });

  it('does not cache rate limits or errors, and says "offline" when the network fails', async () => {
    let n = 0;
    const d = deps(async () => (n++ === 0 ? new Response('slow down', { status: 429 }) : new Response('{}', { status: 200 })));
    expect(await fetchCoverage(story, ENDPOINTS, d)).toMatchObject({ state: 'rate-limited' });
    expect(await fetchCoverage(story, ENDPOINTS, d)).toEqual({ state: 'nothing-found' });
    const offline = deps(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchSummary('Nikol Pashinyan', 'en', ENDPOINTS, offline)).toMatchObject({ state: 'offline' });
  });

  it('sends the Api-User-Agent header, no cookies, no referrer, to the edition of the page language', async () => {
    const seen: RequestInit[] = [];
    const d = deps(async (_url, init) => {
      seen.push(init!);
      return new Response('{}', { status: 404 });
    });
    await fetchSummary('Nikol Pashinyan', 'de', ENDPOINTS, d);
    expect(d.calls).toEqual(['http://127.0.0.1:1/wiki/de/Nikol_Pashinyan']);
    expect(seen[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', headers: { 'Api-User-Agent': expect.stringMatching(/^Backstory\//) } });
  });
});

describe('PacedQueue', () => {
  it('spaces task starts by the interval, in order', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const q = new PacedQueue(5000, () => clock, async (ms) => {
      sleeps.push(ms);
      clock += ms;
    });
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((i) => q.run(async () => void order.push(i))));
    expect(order).toEqual([1, 2, 3]);
    expect(sleeps).toEqual([5000, 5000]);
  });
});
