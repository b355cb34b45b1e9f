import browser from 'webextension-polyfill';
import { handleMessage } from './handle-message';
import { clearTabState } from './tab-state';
import { showBadge } from './badge';
import { registerHighlightCommands } from './highlight-commands';

/**
 * The service worker. Listeners are registered synchronously at the top level so Chrome can wake the
 * worker for them; all state lives in storage.session (see tab-state.ts), none in module variables.
 */

browser.runtime.onMessage.addListener(handleMessage);
registerHighlightCommands();

// A new document in the tab: what we knew is stale. Without the "tabs" permission changeInfo carries
// no URL, but `status: 'loading'` is enough to know a navigation started.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status !== 'loading') return;
  void forget(tabId);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabState(tabId);
});

// A prerendered or discarded tab can be swapped in under a new id; the old id is gone for good.
browser.tabs.onReplaced.addListener((_added, removed) => {
  void clearTabState(removed);
});

async function forget(tabId: number): Promise<void> {
  await clearTabState(tabId);
  await showBadge(tabId, null).catch(() => undefined); // the tab may already be gone
}
