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
  // Most names are plain ASCII: the same result without Unicode normalisation and property classes.
  if (/^[\x20-\x7e]*$/.test(name)) return foldAscii(name);
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** foldName for printable ASCII, in one pass: words of letters and digits, "&" as "and". */
function foldAscii(name: string): string {
  const words: string[] = [];
  let word = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      word += lower[i];
      continue;
    }
    if (word) words.push(word);
    word = '';
    if (c === 38) words.push('and');
  }
  if (word) words.push(word);
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
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

/*
 * Indexes are built on first use and hold row numbers; a row becomes a record only when it is looked up.
 * Pages pay for the registry on every article, so the host lookup does not build the name index nor
 * turn 1,600 rows into objects (that took tens of milliseconds in a fresh content-script world).
 */
const records: (OutletRecord | undefined)[] = [];
let domainIndex: Map<string, number> | null = null;
let nameIndex: { byName: Map<string, number[]>; byShortName: Map<string, number[]> } | null = null;
let everything: readonly OutletRecord[] | null = null;

function record(row: number): OutletRecord {
  return (records[row] ??= fromRow(OUTLET_ROWS[row]));
}

function domains(): Map<string, number> {
  if (domainIndex) return domainIndex;
  domainIndex = new Map();
  OUTLET_ROWS.forEach((row, i) => {
    for (const d of row[2] ? row[2].split(' ') : []) if (!domainIndex!.has(d)) domainIndex!.set(d, i);
  });
  return domainIndex;
}

function push(map: Map<string, number[]>, key: string, row: number): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [row]);
  else if (!list.includes(row)) list.push(row);
}

function names(): NonNullable<typeof nameIndex> {
  if (nameIndex) return nameIndex;
  nameIndex = { byName: new Map(), byShortName: new Map() };
  OUTLET_ROWS.forEach((row, i) => {
    push(nameIndex!.byName, foldName(row[0]), i);
    if (row[1]) push(nameIndex!.byShortName, foldName(row[1]), i);
  });
  return nameIndex;
}

/** The registry's news agencies, in registry order; only their rows become records. */
export function newsAgencies(): OutletRecord[] {
  const agency = KINDS.indexOf('news agency');
  const out: OutletRecord[] = [];
  OUTLET_ROWS.forEach((row, i) => {
    if (row[4] === agency) out.push(record(i));
  });
  return out;
}

/** Every outlet in the registry, in registry order (curated first). */
export function allOutlets(): readonly OutletRecord[] {
  return (everything ??= OUTLET_ROWS.map((_, i) => record(i)));
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
  const byDomain = domains();
  const labels = h.split('.');
  for (let i = 0; i + 2 <= labels.length; i++) {
    const candidate = labels.slice(i).join('.');
    if (isPublicSuffix(candidate)) break;
    const row = byDomain.get(candidate);
    if (row !== undefined) return record(row);
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
  const { byName, byShortName } = names();
  const rows = [...(byName.get(key) ?? [])];
  for (const row of byShortName.get(key) ?? []) if (!rows.includes(row)) rows.push(row);
  return rows.map(record);
}

/**
 * The one outlet a name refers to: a unique full-name match, else a unique short-name match; null when
 * the name is unknown or ambiguous ("The Nation", "CNA") — use outletsByName to disambiguate.
 */
export function outletByName(name: string): OutletRecord | null {
  const key = foldName(name);
  if (!key) return null;
  const { byName, byShortName } = names();
  const full = byName.get(key) ?? [];
  if (full.length === 1) return record(full[0]);
  if (full.length > 1) return null;
  const short = byShortName.get(key) ?? [];
  return short.length === 1 ? record(short[0]) : null;
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
