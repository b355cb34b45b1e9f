import type { Outlet } from '../../src/core/types';

/** An outlet's name with what the registry knows about it (kind, country, owner, state affiliation). */
export function OutletValue({ outlet }: { outlet: Outlet }) {
  // The domain is shown, not linked: the Annotation has no URL for the outlet's site, and guessing one is not our job.
  const facts = [outlet.kind, outlet.country, outlet.owner && `owned by ${outlet.owner}`, outlet.domain].filter(Boolean).join(' · ');
  return (
    <div class="outlet">
      <span class="outlet-name">{outlet.name}</span>
      {outlet.shortName && outlet.shortName !== outlet.name && <span class="code"> ({outlet.shortName})</span>}
      {facts && <span class="outlet-facts">{facts}</span>}
      {outlet.stateAffiliation && <span class="state">{outlet.stateAffiliation}</span>}
    </div>
  );
}
