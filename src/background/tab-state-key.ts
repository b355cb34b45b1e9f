/**
 * The `storage.session` key of a tab's state. Its own module (no extension APIs) so the e2e helpers,
 * which read the state from the service worker, use the same layout.
 */
export const TAB_STATE_PREFIX = 'tab:';

/** `tab:123` */
export function tabStateKey(tabId: number): string {
  return `${TAB_STATE_PREFIX}${tabId}`;
}
