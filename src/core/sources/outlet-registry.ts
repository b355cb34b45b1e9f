/**
 * The bundled outlet registry (#5): who runs a site, and which outlet a name refers to. Pure — no Node
 * or extension APIs — so the content script, the CLI and the tests share it. The data is generated
 * (outlets.data.ts, by scripts/sources/build-registry.ts); the indexes are built on first use.
 */
import type { Outlet } from '../types';
import { KINDS, OUTLET_ROWS, SOURCES, TIMEZONES, type OutletRow } from './outlets.data';

export type OutletKind = (typeof KINDS)[number];

export interface OutletRecord {
  name: string;
  shortName: string | null;
  /** Registrable domains (or hosts, when the registrable domain is a shared platform); first is the main one. */
  domains: string[];
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  kind: OutletKind;
  owner: string | null;
  /** State Media Monitor typology code: SC, CaPu, CaPr, ISFM, ISF, ISM or IP. */
  stateAffiliation: string | null;
  /** IANA zone of the newsroom, for local times printed without an offset. */
  timezone: string | null;
  wikipedia: string | null;
  /** Where the entry's facts come from. */
  source: string;
  /** Where `stateAffiliation` comes from, when set. */
  stateAffiliationSource: string | null;
}

/**
 * Second-level public suffixes under which sites register ("bbc.co.uk"), so a suffix itself is never
 * looked up as an outlet domain. Generic shapes (co.XX, com.XX, gov.XX…) are recognised by pattern.
 */
const SUFFIX_LABELS = new Set(['com', 'co', 'org', 'net', 'gov', 'gob', 'go', 'or', 'ac', 'edu', 'ne', 'mil', 'gv', 'govt', 'nic']);
const EXTRA_SUFFIXES = new Set(['rep.kp', 'in.ua', 'msk.ru', 'spb.ru', 'in.th', 'nom.br', 'blogspot.com', 'github.io', 'wordpress.com']);

/** True for "co.uk", "com.au", "gov.ph", "rep.kp"… and bare top-level domains. */
export function isPublicSuffix(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length === 1) return true;
  if (EXTRA_SUFFIXES.has(domain)) return true;
  return labels.length === 2 && SUFFIX_LABELS.has(labels[0]) && /^[a-z]{2}$/.test(labels[1]);
}

/** "https://WWW.BBC.co.uk:443/news" or "www.bbc.co.uk." → "www.bbc.co.uk"; "" when there is no host. */
export function normalizeHost(input: string): string {
  let h = input.trim().toLowerCase();
  if (h.includes('://')) {
    try {
      h = new URL(h).hostname;
    } catch {
      return '';
    }
  }
  h = h.replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/(?<!\.)\.+$/, '');
  return /^[a-z0-9.-]+$/.test(h) && !h.includes('..') ? h : '';
}

/** Case-, accent- and punctuation-insensitive form of a name; a leading "The" is dropped. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const WIKI = 'https://en.wikipedia.org/wiki/';

function fromRow(row: OutletRow): OutletRecord {
  const [name, shortName, domains, country, kind, owner, state, tz, wiki, src, stateSrc] = row;
  return {
    name,
    shortName,
    domains: domains ? domains.split(' ') : [],
    country,
    kind: KINDS[kind],
    owner,
    stateAffiliation: state,
    timezone: tz === null ? null : TIMEZONES[tz],
    wikipedia: wiki === null ? null : WIKI + encodeURI(wiki.replace(/ /g, '_')),
    source: SOURCES[src],
    stateAffiliationSource: stateSrc === null ? null : SOURCES[stateSrc],
  };
}

interface Indexes {
  all: OutletRecord[];
  byDomain: Map<string, OutletRecord>;
  byName: Map<string, OutletRecord[]>;
  byShortName: Map<string, OutletRecord[]>;
}

let indexes: Indexes | null = null;

function push(map: Map<string, OutletRecord[]>, key: string, rec: OutletRecord): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [rec]);
  else if (!list.includes(rec)) list.push(rec);
}

function index(): Indexes {
  if (indexes) return indexes;
  const all = OUTLET_ROWS.map(fromRow);
  const byDomain = new Map<string, OutletRecord>();
  const byName = new Map<string, OutletRecord[]>();
  const byShortName = new Map<string, OutletRecord[]>();
  for (const rec of all) {
    for (const d of rec.domains) if (!byDomain.has(d)) byDomain.set(d, rec);
    push(byName, foldName(rec.name), rec);
    if (rec.shortName) push(byShortName, foldName(rec.shortName), rec);
  }
  indexes = { all, byDomain, byName, byShortName };
  return indexes;
}

/** Every outlet in the registry, in registry order (curated first). */
export function allOutlets(): readonly OutletRecord[] {
  return index().all;
}

/**
 * The outlet whose site `host` belongs to: a listed domain or any subdomain of it ("www.", "edition.",
 * "en.", "amp."…), the most specific listed domain winning ("folha.uol.com.br" before "uol.com.br").
 * Matches only on label boundaries and never at a public suffix, so "notbbc.co.uk" and
 * "bbc.co.uk.evil.com" are not the BBC. Accepts a host or a URL.
 */
export function outletForHost(host: string): OutletRecord | null {
  const h = normalizeHost(host);
  if (!h) return null;
  const { byDomain } = index();
  const labels = h.split('.');
  for (let i = 0; i + 2 <= labels.length; i++) {
    const candidate = labels.slice(i).join('.');
    if (isPublicSuffix(candidate)) break;
    const rec = byDomain.get(candidate);
    if (rec) return rec;
  }
  return null;
}

/**
 * Every outlet a name or short name refers to ("AP", "Associated Press", "Agence France-Presse"),
 * full-name matches first.
 */
export function outletsByName(name: string): OutletRecord[] {
  const key = foldName(name);
  if (!key) return [];
  const { byName, byShortName } = index();
  const out = [...(byName.get(key) ?? [])];
  for (const rec of byShortName.get(key) ?? []) if (!out.includes(rec)) out.push(rec);
  return out;
}

/**
 * The one outlet a name refers to: a unique full-name match, else a unique short-name match; null when
 * the name is unknown or ambiguous ("The Nation", "CNA") — use outletsByName to disambiguate.
 */
export function outletByName(name: string): OutletRecord | null {
  const key = foldName(name);
  if (!key) return null;
  const { byName, byShortName } = index();
  const full = byName.get(key) ?? [];
  if (full.length === 1) return full[0];
  if (full.length > 1) return null;
  const short = byShortName.get(key) ?? [];
  return short.length === 1 ? short[0] : null;
}

/** The Annotation's outlet profile for a registry record. */
export function toOutlet(record: OutletRecord): Outlet {
  const profileSource =
    record.stateAffiliationSource && record.stateAffiliationSource !== record.source
      ? `${record.source}; state affiliation: ${record.stateAffiliationSource}`
      : record.source;
  return {
    name: record.name,
    domain: record.domains[0] ?? null,
    shortName: record.shortName,
    country: record.country,
    kind: record.kind,
    owner: record.owner,
    stateAffiliation: record.stateAffiliation,
    timezone: record.timezone,
    profileSource,
  };
}
