import type { PartyType } from '../../src/core/types';

/**
 * Names in the page's highlight registry, one per party type. The registry is shared with the page,
 * so the names carry our prefix.
 */
export const HIGHLIGHT_NAMES: Readonly<Record<PartyType, string>> = {
  person: 'backstory-person',
  organization: 'backstory-organization',
  place: 'backstory-place',
};
