import type { Annotation } from '../core/types';
import { gdeltRange, searchTerms } from '../core/related/related-links';
import { readGdeltReply } from './gdelt';
import type { LiveArticle, LiveOutcome, PartySummary } from './live-types';
import { PacedQueue } from './paced-queue';
import { readSummaryReply } from './wikipedia';

/** Where live lookups go. Settings, so tests (and mirrors) can point them at a stand-in. */
export interface LiveEndpoints {
  gdelt: string;
  /** `{lang}` is replaced by the Wikipedia edition. */
  wikipedia: string;
}

export const DEFAULT_ENDPOINTS: LiveEndpoints = {
  gdelt: 'https://api.gdeltproject.org/api/v2/doc/doc',
  wikipedia: 'https://{lang}.wikipedia.org/api/rest_v1/page/summary/',
};

/** Origins the optional host permissions cover (manifest `optional_host_permissions`). */
export const LIVE_ORIGINS = ['https://api.gdeltproject.org/*', 'https://*.wikipedia.org/*'];

const TIMEOUT_MS = 10_000;
const CACHE_MS = 30 * 60_000;
const USER_AGENT = 'Backstory/0.1 (browser extension; news source annotation)';

/** A cache of outcomes by request, with its clock; the background keeps one per worker life. */
export interface LiveCache {
  get(key: string): Promise<{ at: number; outcome: LiveOutcome<unknown> } | null>;
  set(key: string, value: { at: number; outcome: LiveOutcome<unknown> }): Promise<void>;
}

/** Dependencies, injectable for tests. */
export interface LiveDeps {
  fetch: typeof fetch;
  cache: LiveCache;
  now: () => number;
  gdeltQueue: PacedQueue;
  wikiQueue: PacedQueue;
}

export function defaultDeps(cache: LiveCache): LiveDeps {
  return { fetch: (...args) => fetch(...args), cache, now: Date.now, gdeltQueue: new PacedQueue(5_500), wikiQueue: new PacedQueue(200) };
}

/** The same story in GDELT's worldwide index, around the publish date. */
export function fetchCoverage(a: Pick<Annotation, 'headline' | 'published' | 'parties'>, endpoints: LiveEndpoints, deps: LiveDeps): Promise<LiveOutcome<LiveArticle[]>> {
  const terms = searchTerms(a.parties.filter((p) => p.key), a.headline ?? '');
  if (!terms.length) return Promise.resolve({ state: 'nothing-found' });
  const params = new URLSearchParams({ query: terms.join(' '), mode: 'artlist', format: 'json', maxrecords: '20', sort: 'datedesc', ...gdeltRange(a.published) });
  const url = `${endpoints.gdelt}?${params}`;
  return cached(url, deps, () =>
    deps.gdeltQueue.run(() => request(url, {}, deps).then((r) => (r.ok ? readGdeltReply(r.status, r.body, r.retryAfter, deps.now()) : r.outcome))),
  ) as Promise<LiveOutcome<LiveArticle[]>>;
}

/** A party's Wikipedia summary in the page's language (plain text, with attribution). */
export function fetchSummary(name: string, lang: string, endpoints: LiveEndpoints, deps: LiveDeps): Promise<LiveOutcome<PartySummary>> {
  const edition = /^[a-z]{2,3}$/.test(lang) ? lang : 'en';
  const url = `${endpoints.wikipedia.replace('{lang}', edition)}${encodeURIComponent(name.trim().replace(/ /g, '_'))}`;
  return cached(url, deps, () =>
    deps.wikiQueue.run(() => request(url, { 'Api-User-Agent': USER_AGENT }, deps).then((r) => (r.ok ? readSummaryReply(r.status, r.body, deps.now()) : r.outcome))),
  ) as Promise<LiveOutcome<PartySummary>>;
}

type Raw = { ok: true; status: number; body: string; retryAfter: string | null } | { ok: false; outcome: LiveOutcome<never> };

async function request(url: string, headers: Record<string, string>, deps: LiveDeps): Promise<Raw> {
  try {
    const res = await deps.fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'omit', referrerPolicy: 'no-referrer' });
    return { ok: true, status: res.status, body: (await res.text()).slice(0, 2_000_000), retryAfter: res.headers.get('retry-after') };
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, outcome: { state: 'offline', detail: 'No answer within 10 seconds' } };
    return { ok: false, outcome: { state: 'offline', detail: 'Could not connect (offline, or the service is down)' } };
  }
}

/** Serves a fresh cached outcome; caches successes and "nothing found", never errors or rate limits. */
async function cached(key: string, deps: LiveDeps, load: () => Promise<LiveOutcome<unknown>>): Promise<LiveOutcome<unknown>> {
  const hit = await deps.cache.get(key).catch(() => null);
  if (hit && deps.now() - hit.at < CACHE_MS) return hit.outcome.state === 'ok' ? { ...hit.outcome, cached: true } : hit.outcome;
  const outcome = await load();
  if (outcome.state === 'ok' || outcome.state === 'nothing-found') await deps.cache.set(key, { at: deps.now(), outcome }).catch(() => undefined);
  return outcome;
}
