/**
 * True for the error a browser gives when the origin's storage quota (or the disk) is full: a
 * DOMException named QuotaExceededError, code 22 in older engines, NS_ERROR_DOM_QUOTA_REACHED in
 * older Firefox.
 */
export function isQuotaExceeded(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}
