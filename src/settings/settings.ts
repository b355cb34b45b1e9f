/**
 * The reader's preferences: what the options page edits and the content script and popup obey.
 * Pure (no extension APIs), so parsing and site matching are unit-tested; storage.ts reads and writes.
 */
export interface Settings {
  /** Show the in-page card on articles. */
  autoShowCard: boolean;
  /** Open the card collapsed to one line (the reader's last choice is remembered here). */
  cardCollapsed: boolean;
  /** Highlight parties on every article without asking. */
  alwaysHighlight: boolean;
  /** Hosts where Backstory shows nothing (no card, no highlights); subdomains included. */
  disabledSites: string[];
  /** Features that call remote services (encyclopedia and coverage lookups). Off until the reader turns them on. */
  networkFeatures: boolean;
  /** Keep a local history of the articles read, for "your earlier reading". */
  readingHistory: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  autoShowCard: true,
  cardCollapsed: true,
  alwaysHighlight: false,
  disabledSites: [],
  networkFeatures: false,
  readingHistory: true,
};

const MAX_SITES = 500;

/**
 * Settings from whatever storage holds, field by field: a missing or malformed value falls back to
 * its default instead of discarding the reader's other choices.
 */
export function parseSettings(raw: unknown): Settings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const bool = (k: keyof Settings) => (typeof r[k] === 'boolean' ? (r[k] as boolean) : (DEFAULT_SETTINGS[k] as boolean));
  const sites = Array.isArray(r.disabledSites) ? r.disabledSites.map((s) => (typeof s === 'string' ? normalizeSite(s) : null)).filter((s): s is string => !!s) : [];
  return {
    autoShowCard: bool('autoShowCard'),
    cardCollapsed: bool('cardCollapsed'),
    alwaysHighlight: bool('alwaysHighlight'),
    disabledSites: [...new Set(sites)].slice(0, MAX_SITES),
    networkFeatures: bool('networkFeatures'),
    readingHistory: bool('readingHistory'),
  };
}

/**
 * A site as the reader types or pastes it ("https://www.Example.com/path", "example.com") → its host
 * without "www." ("example.com"); null when it is not a plausible host name.
 */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = new URL(s).hostname;
  } catch {
    return null;
  }
  s = s.replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/^www\d?\./, '').replace(/\.$/, '');
  return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(s) && s.length <= 253 ? s : null;
}

/** Whether Backstory is turned off for the page at `url` (its host or a parent domain is listed). */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, url: string): boolean {
  const host = normalizeSite(url);
  if (!host) return false;
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
