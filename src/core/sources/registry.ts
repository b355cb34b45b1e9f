import type { Outlet } from '../types';
import { AGENCIES, type AgencyRecord } from './agencies.data';

const PROFILE_SOURCE = 'Backstory agency table (src/core/sources/agencies.data.ts)';

/** Builds the Annotation's outlet profile for an agency record. */
export function agencyOutlet(rec: AgencyRecord): Outlet {
  return {
    name: rec.name,
    shortName: rec.shortName,
    domain: rec.domains[0] ?? null,
    country: rec.country,
    kind: 'news agency',
    timezone: rec.timezone,
    profileSource: PROFILE_SOURCE,
  };
}

/**
 * The agency whose own site `host` belongs to. Matches the registered domain or a subdomain of it on a
 * label boundary, so "aa.com.tr" and "www.aa.com.tr" match but "notaa.com.tr" never does.
 */
export function agencyForHost(host: string): AgencyRecord | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const rec of AGENCIES) {
    for (const d of rec.domains) {
      if (h === d || h.endsWith('.' + d)) return rec;
    }
  }
  return null;
}

const byFoldedName = new Map<string, AgencyRecord>();
const byExactCode = new Map<string, AgencyRecord>();
for (const rec of AGENCIES) {
  for (const n of [rec.name, ...rec.names]) byFoldedName.set(n.toLowerCase(), rec);
  for (const c of rec.codes) byExactCode.set(c, rec);
}

/** The agency a full name ("Associated Press", "Agence France-Presse") refers to, if any. */
export function agencyByName(name: string): AgencyRecord | null {
  return byFoldedName.get(name.trim().toLowerCase()) ?? null;
}

/**
 * The agency a short credit code refers to, in the case the agency writes it ("AP", "dpa"), so that
 * "ap" or "Map" never match. Only for text already known to be a credit or byline.
 */
export function agencyByExactCode(code: string): AgencyRecord | null {
  return byExactCode.get(code.trim()) ?? null;
}

/** All names (not codes), longest first, for building credit-matching patterns. */
export function allAgencyNames(): string[] {
  return [...byFoldedName.keys()].sort((x, y) => y.length - x.length);
}

/** All short codes, longest first. */
export function allAgencyCodes(): string[] {
  return AGENCIES.flatMap((r) => r.codes).sort((x, y) => y.length - x.length);
}
