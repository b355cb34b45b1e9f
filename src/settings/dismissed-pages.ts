import { extensionApi } from '../extension-api';

/** Pages whose card the reader dismissed, newest last, in `storage.local` (never synced: it is browsing data). */
const KEY = 'dismissedPages';
const MAX_PAGES = 200;

/** The page address without its fragment, so "#comments" is the same page. */
function pageKey(url: string): string {
  return url.replace(/#.*$/, '');
}

/** Whether the reader dismissed the card on this page before. */
export async function isPageDismissed(url: string): Promise<boolean> {
  const list = (await extensionApi().storage.local.get(KEY))[KEY];
  return Array.isArray(list) && list.includes(pageKey(url));
}

/** Remembers a dismissal; the oldest are forgotten beyond the cap. */
export async function rememberDismissed(url: string): Promise<void> {
  const stored = (await extensionApi().storage.local.get(KEY))[KEY];
  const list = (Array.isArray(stored) ? stored.filter((u): u is string => typeof u === 'string') : []).filter((u) => u !== pageKey(url));
  list.push(pageKey(url));
  await extensionApi().storage.local.set({ [KEY]: list.slice(-MAX_PAGES) });
}
