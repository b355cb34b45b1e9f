import { extensionApi } from '../extension-api';
import { parseSettings, type Settings } from './settings';

/** Settings live in `storage.sync` (small, follows the reader across their browsers). */
const KEY = 'settings';

/** The current settings (defaults for anything unset). */
export async function loadSettings(): Promise<Settings> {
  const items = await extensionApi().storage.sync.get(KEY);
  return parseSettings(items[KEY]);
}

let pending: Promise<unknown> = Promise.resolve();

/**
 * Changes some settings, keeping the rest as stored. `change` may be a function of the stored
 * settings ("remove this site"), so quick successive edits never undo each other: updates from one
 * page run one after another, each reading what the previous one wrote.
 */
export function updateSettings(change: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  const run = pending.then(async () => {
    const current = await loadSettings();
    const next = parseSettings({ ...current, ...(typeof change === 'function' ? change(current) : change) });
    await extensionApi().storage.sync.set({ [KEY]: next });
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

/** Calls `listener` with the new settings whenever they change (from any page of the extension). */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) listener(parseSettings(changes[KEY].newValue));
  };
  extensionApi().storage.onChanged.addListener(handler);
  return () => extensionApi().storage.onChanged.removeListener(handler);
}
