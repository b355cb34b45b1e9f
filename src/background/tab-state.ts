import browser from 'webextension-polyfill';
import type { TabState } from '../messages';
import { tabStateKey as key } from './tab-state-key';

/**
 * Per-tab state in `storage.session`: it survives the service worker being stopped (Chrome stops it
 * after ~30 s idle) and is gone when the browser closes. Content scripts cannot read this area
 * (its default access level is trusted contexts only).
 */

/** The stored state for a tab, or null. */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const k = key(tabId);
  const items = await browser.storage.session.get(k);
  return (items[k] as TabState | undefined) ?? null;
}

/** Stores the state for a tab, replacing what was there. */
export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

/** Forgets a tab (closed, or navigating to a new document). */
export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
