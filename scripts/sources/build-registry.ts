/**
 * Generates src/core/sources/outlets.data.ts, the registry the extension ships (#5), from
 *  1. data/sources/curated-outlets.ts — Backstory's hand-written list (agencies, broadcasters, publishers);
 *  2. State_Media_Matrix.csv of state-media-profiles (MIT, ASD at GMF; seed data by the State Media
 *     Monitor) — state-affiliated media by domain with their typology code.
 * Merge by domain: a curated outlet the CSV lists (same domain or a subdomain of it) takes the CSV's
 * typology code; CSV-only outlets become entries of their own. Run: `npm run build:registry`
 * (STATE_MEDIA_DIR overrides where the CSV is read from).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURATED_OUTLETS, type CuratedOutlet, type OutletKind } from '../../data/sources/curated-outlets';
import { COUNTRY_ZONES, CSV_COUNTRY_CODES } from './countries';
import { parseCsv } from './csv';
import { foldName, isPublicSuffix, normalizeHost } from '../../src/core/sources/outlet-registry';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CSV_DIR = process.env.STATE_MEDIA_DIR ?? resolve(ROOT, '../shared/data/state-media-profiles');
const OUT = join(ROOT, 'src/core/sources/outlets.data.ts');

const KINDS: OutletKind[] = ['news agency', 'public broadcaster', 'state media', 'commercial', 'nonprofit', 'magazine', 'digital'];
const SRC_CURATED = 'Backstory curated outlet list (data/sources/curated-outlets.ts)';
const SRC_SMP = 'State Media Monitor via state-media-profiles (MIT)';
const SOURCES = [SRC_CURATED, SRC_SMP];
const TYPOLOGY = new Set(['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP']);
/** Hosts in the CSV that are platforms, not an outlet's own site. */
const PLATFORMS = /(^|\.)(facebook|youtube|twitter|x|instagram|t|vk|ok|tiktok|linkedin|rutube|telegram|soundcloud|blogspot|wordpress|wixsite|google|apple|spotify)\.(com|me|ru|be|org)$/;
/** CSV rows whose URL is another outlet's site; left out (reported upstream). */
const CSV_WRONG_HOSTS: Record<string, string> = {
  'exame.com': 'listed for Angola\'s Exame (Medianova), but exame.com is the Brazilian business magazine Exame',
};
const AGENCY_NAME = /news agency|press agency|telegraph agency|information agency|\bagence\b|\bagencia\b|\bagência\b|\bagenzia\b|\bajans|агентство|\bnews service\b/i;

interface Entry {
  name: string;
  shortName: string | null;
  domains: string[];
  country: string | null;
  kind: OutletKind;
  owner: string | null;
  stateAffiliation: string | null;
  timezone: string | null;
  wikipedia: string | null;
  source: number;
  stateSource: number | null;
}

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function stripWww(host: string): string {
  return host.replace(/^(www\d*|m|amp)\./, '');
}

function fail(msg: string): never {
  throw new Error(`build-registry: ${msg}`);
}

// ---- curated ---------------------------------------------------------------------------------
const entries: Entry[] = [];
const byDomain = new Map<string, Entry>();

function curatedEntry(c: CuratedOutlet): Entry {
  if (!/^[A-Z]{2}$/.test(c.country) || !COUNTRY_ZONES[c.country]) fail(`${c.name}: unknown country ${c.country}`);
  const timezone = c.timezone ?? COUNTRY_ZONES[c.country].zone;
  if (!validZone(timezone)) fail(`${c.name}: bad time zone ${timezone}`);
  return {
    name: c.name, shortName: c.shortName, domains: [], country: c.country, kind: c.kind, owner: c.owner,
    stateAffiliation: null, timezone, wikipedia: c.wikipedia, source: 0, stateSource: null,
  };
}

for (const c of CURATED_OUTLETS) {
  const e = curatedEntry(c);
  for (const raw of c.domains) {
    const d = normalizeHost(raw);
    if (d !== raw || isPublicSuffix(d)) fail(`${c.name}: bad domain ${raw}`);
    if (byDomain.has(d)) fail(`${c.name}: domain ${d} already belongs to ${byDomain.get(d)!.name}`);
    byDomain.set(d, e);
    e.domains.push(d);
  }
  entries.push(e);
}

/** The curated entry that owns `host` (listed domain or subdomain of one), most specific first. */
function owner(host: string): Entry | null {
  const labels = host.split('.');
  for (let i = 0; i + 2 <= labels.length; i++) {
    const cand = labels.slice(i).join('.');
    if (isPublicSuffix(cand)) break;
    const e = byDomain.get(cand);
    if (e) return e;
  }
  return null;
}

// ---- state-media-profiles CSV ------------------------------------------------------------------
interface CsvRow { country: string | null; company: string; asset: string; host: string; code: string }

const csvRows: CsvRow[] = [];
for (const r of parseCsv(readFileSync(join(CSV_DIR, 'State_Media_Matrix.csv'), 'utf8'))) {
  const url = r['URL'];
  if (!url) continue;
  const host = stripWww(normalizeHost(url.includes('://') ? url : `http://${url}`));
  if (!host || PLATFORMS.test(host) || isPublicSuffix(host)) continue;
  const code = (r['Typology'] ?? '').replace(/\?$/, '');
  if (!TYPOLOGY.has(code)) continue;
  if (!(r['Country'] in CSV_COUNTRY_CODES)) fail(`unknown CSV country "${r['Country']}"`);
  // A trailing "*" in the company column is a footnote mark of the source table, not part of the name.
  const company = r['Media company'].replace(/\s*\*+$/, '');
  csvRows.push({ country: CSV_COUNTRY_CODES[r['Country']], company, asset: r['Main assets'] || company, host, code });
}

// 1. Curated outlets the CSV lists take its code; an exact-domain row beats a subdomain row.
const exactCode = new Map<Entry, string>();
const csvOnly: CsvRow[] = [];
const mismatches: string[] = [];
for (const row of csvRows) {
  if (row.host in CSV_WRONG_HOSTS) continue;
  const e = owner(row.host);
  if (!e) { csvOnly.push(row); continue; }
  if (row.country !== e.country) mismatches.push(`${row.host}: CSV ${row.country} "${row.asset}" → curated ${e.country} ${e.name}`);
  const exact = e.domains.includes(row.host);
  if (exact && !exactCode.has(e)) exactCode.set(e, row.code);
  if (!e.stateAffiliation || (exact && exactCode.get(e) === row.code)) {
    e.stateAffiliation = exactCode.get(e) ?? e.stateAffiliation ?? row.code;
    e.stateSource = 1;
  }
}

// 2. CSV-only outlets: one entry per (country, asset); a host already covered by another CSV-only host
//    of the same company is dropped (subdomains match anyway).
function splitShort(asset: string): { name: string; shortName: string | null } {
  // "Print: Qiaobao", "Television: Myawaddy TV" → the title; an unclosed "(" ends the name.
  let a = asset.replace(/\s*\*+$/, '').replace(/^(?:print(?: media)?|online|television|tv|radio|news agency)\s*:\s*/i, '').trim();
  const open = a.lastIndexOf('(');
  if (open > 0 && a.indexOf(')', open) < 0) a = a.slice(0, open).trim();
  const m = /^(.*\S)\s*\(([^()]{2,12})\)$/.exec(a);
  return m ? { name: m[1], shortName: m[2] } : { name: a, shortName: null };
}
/** A host under another country's ccTLD ("chineseherald.co.nz" for China) is a bureau abroad: no zone. */
function zoneFor(country: string | null, hosts: string[]): string | null {
  const zone = country ? COUNTRY_ZONES[country] : undefined;
  if (!zone?.single) return null;
  const abroad = hosts.some((h) => {
    const tld = h.slice(h.lastIndexOf('.') + 1);
    return tld.length === 2 && tld.toUpperCase() !== country && !(tld === 'uk' && country === 'GB');
  });
  return abroad ? null : zone.zone;
}
function csvKind(name: string, code: string): OutletKind {
  if (AGENCY_NAME.test(name)) return 'news agency';
  return code === 'SC' || code === 'CaPu' || code === 'CaPr' ? 'state media' : 'public broadcaster';
}

const groups = new Map<string, CsvRow[]>();
for (const row of csvOnly) {
  const key = `${row.country}|${row.asset}`;
  groups.set(key, [...(groups.get(key) ?? []), row]);
}
const csvHostOwner = new Map<string, Entry>();
const curatedByName = new Map<string, Entry>();
for (const e of entries) {
  for (const n of [e.name, e.shortName]) if (n && !curatedByName.has(`${e.country}|${foldName(n)}`)) curatedByName.set(`${e.country}|${foldName(n)}`, e);
}
const companyOfHost = new Map<string, string>();
for (const row of csvOnly) if (!companyOfHost.has(row.host)) companyOfHost.set(row.host, row.company);
const coveredBySameCompany = (host: string, company: string): boolean => {
  const labels = host.split('.');
  for (let i = 1; i + 2 <= labels.length; i++) {
    const cand = labels.slice(i).join('.');
    if (companyOfHost.get(cand) === company) return true;
  }
  return false;
};
for (const rows of groups.values()) {
  const first = rows[0];
  const hosts = [...new Set(rows.map((r) => r.host))].filter(
    (h) => !csvHostOwner.has(h) && !coveredBySameCompany(h, first.company),
  );
  if (!hosts.length) continue;
  const { name, shortName } = splitShort(first.asset);
  if (first.country && !COUNTRY_ZONES[first.country]) fail(`no zone entry for ${first.country}`);
  // Same name as a curated outlet of the same country ("All India Radio"): more domains of that outlet.
  const same = curatedByName.get(`${first.country}|${foldName(name)}`);
  if (same) {
    for (const h of hosts) { same.domains.push(h); csvHostOwner.set(h, same); }
    if (!same.stateAffiliation) { same.stateAffiliation = first.code; same.stateSource = 1; }
    continue;
  }
  const e: Entry = {
    name, shortName, domains: hosts, country: first.country, kind: csvKind(first.asset, first.code),
    owner: first.company && first.company !== first.asset && first.company !== name ? first.company : null,
    stateAffiliation: first.code, timezone: zoneFor(first.country, hosts), wikipedia: null, source: 1, stateSource: 1,
  };
  for (const h of hosts) csvHostOwner.set(h, e);
  entries.push(e);
}

// ---- write ---------------------------------------------------------------------------------------
const zones = [...new Set(entries.map((e) => e.timezone).filter((z): z is string => z !== null))].sort();
const rows = entries.map((e) =>
  JSON.stringify([
    e.name, e.shortName, e.domains.join(' '), e.country, KINDS.indexOf(e.kind), e.owner, e.stateAffiliation,
    e.timezone === null ? null : zones.indexOf(e.timezone), e.wikipedia, e.source, e.stateSource,
  ]),
);
const smpLicense = readFileSync(join(CSV_DIR, 'LICENSE'), 'utf8').trim();

const out = `/* GENERATED by scripts/sources/build-registry.ts (npm run build:registry) — do not edit by hand.
 *
 * Sources:
 *  - Backstory curated outlet list, data/sources/curated-outlets.ts (this repository's licence).
 *  - State_Media_Matrix.csv from state-media-profiles (https://github.com/ASD-at-GMF/state-media-profiles),
 *    MIT License, Copyright (c) 2023 ASD-at-GMF; seed data (country, media company, main assets,
 *    typology) by the State Media Monitor (https://statemediamonitor.com), Media and Journalism
 *    Research Center. Full notice: data/sources/NOTICE.md.
 *
${smpLicense.split('\n').map((l) => ` * ${l}`.trimEnd()).join('\n')}
 */

export const KINDS = ${JSON.stringify(KINDS)} as const;
export const SOURCES = ${JSON.stringify(SOURCES)} as const;
export const TIMEZONES: readonly string[] = ${JSON.stringify(zones)};

/** [name, shortName, domains (space-separated), country, kind (KINDS index), owner, stateAffiliation,
 *  timezone (TIMEZONES index), wikipedia title, source (SOURCES index), stateAffiliation source]. */
export type OutletRow = readonly [
  string, string | null, string, string | null, number, string | null, string | null,
  number | null, string | null, number, number | null,
];

export const OUTLET_ROWS: readonly OutletRow[] = [
${rows.join(',\n')},
];
`;
writeFileSync(OUT, out);

const count = (f: (e: Entry) => boolean) => entries.filter(f).length;
console.log(
  `outlets.data.ts: ${entries.length} outlets (${count((e) => e.source === 0)} curated, ${count((e) => e.source === 1)} from the CSV), ` +
    `${count((e) => e.kind === 'news agency')} agencies, ${count((e) => e.stateAffiliation !== null)} with stateAffiliation, ` +
    `${(Buffer.byteLength(out) / 1024).toFixed(1)} KB`,
);
for (const m of mismatches) console.log(`  country differs (affiliated state ≠ home country?): ${m}`);
for (const k of KINDS) console.log(`  ${k}: ${count((e) => e.kind === k)}`);
