import type { Outlet } from '../types';
import { AGENCIES, type AgencyRecord } from './agencies.data';
import { foldName, newsAgencies, type OutletRecord } from './outlet-registry';

const TABLE_SOURCE = 'Backstory agency table (src/core/sources/agencies.data.ts)';

/**
 * The agencies credits are matched against: the hand-written credit table (every spelling and strict
 * code it knows, e.g. "Anadolu Ajansı", "(AA)") and every other news agency of the outlet registry, so
 * an agency the table lacks is still recognised in credits ("(BERNAMA)", "— Prensa Latina") and
 * profiled. Built on first use: pages that are not articles never pay for it.
 */
interface AgencyIndex {
  all: readonly AgencyRecord[];
  byFoldedName: Map<string, AgencyRecord>;
  byExactCode: Map<string, AgencyRecord>;
  source: Map<AgencyRecord, string>;
}

let index: AgencyIndex | null = null;

/**
 * A registry agency's credit spellings. Several-word names match wherever a credit is expected; a
 * one-word name or short name ("Antara", "Petra", "MAP", "SPA") is also an ordinary word or name, so
 * it matches only as a code, case-sensitive, in strict credit shapes ("(MAP) —", "/ Antara").
 */
function creditSpellings(rec: Pick<OutletRecord, 'name' | 'shortName'>): { names: string[]; codes: string[] } {
  const names: string[] = [];
  const codes: string[] = [];
  for (const spelling of [rec.name, rec.shortName]) {
    if (!spelling) continue;
    const list = /\s/.test(spelling.trim()) ? names : codes;
    if (!list.includes(spelling)) list.push(spelling);
  }
  return { names, codes };
}

/**
 * One-word agency names that are also ordinary words or first names in the languages of the pages we
 * read ("Source: Report…", "— Nova", "Petra said"): these agencies are recognised by their full names
 * ("Trend News Agency", "Jordan News Agency") and their sites only.
 */
const ORDINARY_WORD_CODES = new Set(['Report', 'Trend', 'Beta', 'Nova', 'PRIME', 'Dire', 'IP', 'Mehr', 'Saba', 'Kabar', 'Petra', 'Khovar']);

function agencyIndex(): AgencyIndex {
  if (index) return index;
  const all: AgencyRecord[] = [...AGENCIES];
  const source = new Map<AgencyRecord, string>(all.map((r) => [r, TABLE_SOURCE]));
  const knownNames = new Set(all.flatMap((r) => [r.name, r.shortName, ...r.names, ...r.codes].map(foldName)));
  const knownDomains = new Set(all.flatMap((r) => r.domains));
  const fromRegistry = newsAgencies().filter((rec) => !knownNames.has(foldName(rec.name)) && !rec.domains.some((d) => knownDomains.has(d)));
  // A code two registry agencies share ("KNA": Kenya News Agency, Katholische Nachrichten-Agentur) names neither.
  const codeCount = new Map<string, number>();
  for (const rec of fromRegistry) for (const c of creditSpellings(rec).codes) codeCount.set(c, (codeCount.get(c) ?? 0) + 1);
  for (const rec of fromRegistry) {
    const { names, codes } = creditSpellings(rec);
    const usable = {
      names: names.filter((n) => !knownNames.has(foldName(n))),
      codes: codes.filter((c) => !knownNames.has(foldName(c)) && codeCount.get(c) === 1 && !ORDINARY_WORD_CODES.has(c)),
    };
    const agency: AgencyRecord = {
      name: rec.name,
      shortName: rec.shortName ?? rec.name,
      names: usable.names,
      codes: usable.codes,
      domains: rec.domains,
      country: rec.country ?? '',
      timezone: rec.timezone ?? '',
    };
    all.push(agency);
    source.set(agency, rec.source);
    for (const n of [...usable.names, ...usable.codes]) knownNames.add(foldName(n));
  }
  const byFoldedName = new Map<string, AgencyRecord>();
  const byExactCode = new Map<string, AgencyRecord>();
  for (const rec of all) {
    for (const n of [rec.name, ...rec.names]) if (!byFoldedName.has(n.toLowerCase())) byFoldedName.set(n.toLowerCase(), rec);
    for (const c of rec.codes) if (!byExactCode.has(c)) byExactCode.set(c, rec);
  }
  index = { all, byFoldedName, byExactCode, source };
  return index;
}

/** Builds the Annotation's outlet profile for an agency record. */
export function agencyOutlet(rec: AgencyRecord): Outlet {
  return {
    name: rec.name,
    shortName: rec.shortName,
    domain: rec.domains[0] ?? null,
    country: rec.country || null,
    kind: 'news agency',
    timezone: rec.timezone || null,
    profileSource: agencyIndex().source.get(rec) ?? TABLE_SOURCE,
  };
}

/**
 * The agency whose own site `host` belongs to. Matches the registered domain or a subdomain of it on a
 * label boundary, so "aa.com.tr" and "www.aa.com.tr" match but "notaa.com.tr" never does.
 */
export function agencyForHost(host: string): AgencyRecord | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const rec of agencyIndex().all) {
    for (const d of rec.domains) {
      if (h === d || h.endsWith('.' + d)) return rec;
    }
  }
  return null;
}

/** The agency a full name ("Associated Press", "Agence France-Presse") refers to, if any. */
export function agencyByName(name: string): AgencyRecord | null {
  return agencyIndex().byFoldedName.get(name.trim().toLowerCase()) ?? null;
}

/**
 * The agency a short credit code refers to, in the case the agency writes it ("AP", "dpa"), so that
 * "ap" or "Map" never match. Only for text already known to be a credit or byline.
 */
export function agencyByExactCode(code: string): AgencyRecord | null {
  return agencyIndex().byExactCode.get(code.trim()) ?? null;
}

/** All names (not codes), longest first, for building credit-matching patterns. */
export function allAgencyNames(): string[] {
  return [...agencyIndex().byFoldedName.keys()].sort((x, y) => y.length - x.length);
}

/** All short codes, longest first. */
export function allAgencyCodes(): string[] {
  return [...agencyIndex().byExactCode.keys()].sort((x, y) => y.length - x.length);
}
