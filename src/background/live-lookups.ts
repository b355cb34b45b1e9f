import browser from 'webextension-polyfill';
import { DEFAULT_ENDPOINTS, defaultDeps, fetchCoverage, fetchSummary, type LiveCache, type LiveDeps, type LiveEndpoints } from '../live/live-client';
import type { LiveArticle, LiveOutcome, PartySummary } from '../live/live-types';
import { loadSettings } from '../settings/storage';
import { readTabState } from './tab-state';

/** `storage.local` key of endpoint overrides (tests point lookups at a stand-in server on 127.0.0.1). */
export const LIVE_ENDPOINTS_KEY = 'liveEndpoints';

/** Outcomes cached in `storage.session`: they survive the worker sleeping, not the browser closing. */
const sessionCache: LiveCache = {
  async get(key) {
    const k = `live:${key}`;
    return ((await browser.storage.session.get(k))[k] as { at: number; outcome: LiveOutcome<unknown> } | undefined) ?? null;
  },
  async set(key, value) {
    await browser.storage.session.set({ [`live:${key}`]: value });
  },
};

let deps: LiveDeps | null = null;

/** GDELT articles for the story in `tabId`; only when the reader turned live results on. */
export async function liveCoverage(tabId: number): Promise<LiveOutcome<LiveArticle[]>> {
  if (!(await loadSettings()).networkFeatures) return { state: 'disabled' };
  const state = await readTabState(tabId);
  if (!state?.annotation.isArticle && !state?.forced) return { state: 'nothing-found' };
  return fetchCoverage(state.annotation, await endpoints(), (deps ??= defaultDeps(sessionCache)));
}

/** A party's Wikipedia summary; only when the reader turned live results on. */
export async function partySummary(name: string, lang: string): Promise<LiveOutcome<PartySummary>> {
  if (!(await loadSettings()).networkFeatures) return { state: 'disabled' };
  return fetchSummary(name, lang, await endpoints(), (deps ??= defaultDeps(sessionCache)));
}

async function endpoints(): Promise<LiveEndpoints> {
  const raw = (await browser.storage.local.get(LIVE_ENDPOINTS_KEY))[LIVE_ENDPOINTS_KEY] as Partial<LiveEndpoints> | undefined;
  const ok = (u: unknown): u is string => typeof u === 'string' && /^https?:\/\//.test(u);
  return { gdelt: ok(raw?.gdelt) ? raw.gdelt : DEFAULT_ENDPOINTS.gdelt, wikipedia: ok(raw?.wikipedia) ? raw.wikipedia : DEFAULT_ENDPOINTS.wikipedia };
}
