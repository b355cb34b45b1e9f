import type { Evidence, Outlet } from '../types';
import { outletByName, outletForHost, toOutlet, type OutletRecord } from '../sources/outlet-registry';

/**
 * Completes an outlet with what the outlet registry knows about it (country, kind, owner, State
 * Media Monitor code, home time zone, the profile's source). The name the page uses is kept; the
 * registry fills only what is missing, so a checked fact from the agency table is never replaced.
 * `host` finds the publisher by its site; credited agencies are found by name, short name or domain.
 */
export function withRegistryProfile(outlet: Outlet, host?: string | null): { outlet: Outlet; evidence: Evidence | null; names: string[] } {
  const byHost = host ? outletForHost(host) : null;
  const rec = byHost ?? outletByName(outlet.name) ?? (outlet.shortName ? outletByName(outlet.shortName) : null) ?? (outlet.domain ? outletForHost(outlet.domain) : null);
  if (!rec) return { outlet, evidence: null, names: [] };
  // A page that never names itself was given its domain as a name: the registry knows better.
  const named = byHost && (outlet.name === host || outlet.name === outlet.domain) ? { ...outlet, name: rec.name } : outlet;
  return { names: [rec.name, ...(rec.shortName ? [rec.shortName] : [])], outlet: merge(named, rec), evidence: { source: 'registry', detail: byHost ? `${host} is in the outlet registry` : `"${outlet.name}" is in the outlet registry`, raw: capText(`${rec.name} (${rec.source})`) } };
}

function merge(outlet: Outlet, rec: OutletRecord): Outlet {
  const profile = toOutlet(rec);
  const out: Outlet = { ...outlet };
  for (const key of ['shortName', 'domain', 'country', 'kind', 'owner', 'stateAffiliation', 'timezone'] as const) {
    if (out[key] == null) out[key] = profile[key];
  }
  out.profileSource = outlet.profileSource && outlet.profileSource !== profile.profileSource ? `${outlet.profileSource}; ${profile.profileSource}` : profile.profileSource;
  return out;
}

function capText(s: string): string {
  return s.length > 300 ? `${s.slice(0, 299)}…` : s;
}
