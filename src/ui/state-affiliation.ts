/**
 * The State Media Monitor typology (via state-media-profiles, MIT): what each code means, in the
 * monitor's own words. Shown beside the code so the reader sees a fact and its source, not a verdict.
 */
export const STATE_MEDIA_TYPOLOGY: Readonly<Record<string, string>> = {
  SC: 'State-controlled media',
  CaPu: 'Captured public/state-managed media',
  CaPr: 'Captured private media',
  ISFM: 'Independent state-funded and state-managed media',
  ISF: 'Independent state-funded media',
  ISM: 'Independent state-managed media',
  IP: 'Independent public media',
};

/** "State-controlled media (State Media Monitor: SC)"; the bare code when it is not in the typology. */
export function describeStateAffiliation(code: string | null | undefined): string | null {
  if (!code) return null;
  const model = STATE_MEDIA_TYPOLOGY[code];
  return model ? `${model} (State Media Monitor: ${code})` : `State affiliation: ${code}`;
}

const REGION_NAMES = typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

/** "TR" → "Türkiye" (the reader's browser knows the names); the code itself when it does not. */
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  try {
    return REGION_NAMES?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * A profile's sources as a reader wants them: "Backstory's outlet list; State Media Monitor via
 * state-media-profiles (MIT)" — file paths dropped, Backstory's own tables named once.
 */
export function readableSources(profileSource: string | null | undefined): string | null {
  if (!profileSource) return null;
  const parts = profileSource
    .split(/;\s*/)
    .map((p) => p.replace(/(?<!\s)\s*\([^()]*\.(?:ts|json|csv)\)/g, '').replace(/^state affiliation:\s*/i, 'state affiliation: ').trim())
    .map((p) => (/^Backstory\b/i.test(p) ? "Backstory's outlet list" : p))
    .filter(Boolean);
  return [...new Set(parts)].join('; ');
}
