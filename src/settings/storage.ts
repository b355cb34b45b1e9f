import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from './settings';

/** Settings live in `storage.sync` (small, follows the reader across their browsers). */
const KEY = 'settings';

/** The current settings (defaults for anything unset). */
export async function loadSettings(): Promise<Settings> {
  const items = await browser.storage.sync.get(KEY);
  return parseSettings(items[KEY]);
}

/** Changes some settings, keeping the rest as stored. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change (from any page of the extension). */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) listener(parseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
