import type { Outlet } from '../../src/core/types';
import { countryName, describeStateAffiliation, readableSources } from '../../src/ui/state-affiliation';

/** An outlet's name with what the registry knows about it (kind, country, owner, state affiliation). */
export function OutletValue({ outlet }: { outlet: Outlet }) {
  // The domain is shown, not linked: the Annotation has no URL for the outlet's site, and guessing one is not our job.
  const facts = [countryName(outlet.country), outlet.kind, outlet.owner && `owned by ${outlet.owner}`, outlet.domain].filter(Boolean).join(' · ');
  const state = describeStateAffiliation(outlet.stateAffiliation);
  return (
    <div class="outlet">
      <bdi class="outlet-name">{outlet.name}</bdi>
      {outlet.shortName && outlet.shortName !== outlet.name && <span class="code"> ({outlet.shortName})</span>}
      {facts && <span class="outlet-facts">{facts}</span>}
      {state && <span class="state">{state}</span>}
      {outlet.profileSource && <span class="profile-source">Source: {readableSources(outlet.profileSource)}</span>}
    </div>
  );
}
