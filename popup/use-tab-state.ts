import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground, type TabState } from '../src/messages';
import { tabStateKey } from '../src/background/tab-state-key';
import { resolveTabId } from './tab-id';

/** Where the popup is in loading the tab's state. */
export type TabView =
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  /** No content script reported for this tab: a browser page, a store page, or opened before install. */
  | { status: 'unread'; tabId: number | null }
  | { status: 'ready'; tabId: number; state: TabState };

/**
 * Loads what the background knows about the popup's tab; `reload` asks again (after "annotate
 * anyway"). The view follows later reports for the tab (parties arrive after the tagger loads).
 */
export function useTabState(): { view: TabView; reload: () => void } {
  const [view, setView] = useState<TabView>({ status: 'loading' });
  const reload = useCallback(() => {
    void load().then(setView);
  }, []);
  useEffect(reload, [reload]);
  const tabId = view.status === 'ready' || view.status === 'unread' ? view.tabId : null;
  useEffect(() => {
    if (tabId === null) return undefined;
    const key = tabStateKey(tabId);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId, reload]);
  return { view, reload };
}

async function load(): Promise<TabView> {
  const tabId = await resolveTabId().catch(() => null);
  if (tabId === null) return { status: 'unread', tabId: null };
  const reply = await sendToBackground('get-tab-state', { tabId });
  if (!reply.ok) return { status: 'failed', error: reply.error };
  return reply.value ? { status: 'ready', tabId, state: reply.value } : { status: 'unread', tabId };
}
