/**
 * `raw` as an absolute http(s) URL string, or null. Links in the card and popup go through this, so a
 * page cannot plant a `javascript:` or `data:` link in Backstory's UI.
 */
export function httpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
