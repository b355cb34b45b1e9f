import browser from 'webextension-polyfill';

/**
 * The tab the popup describes: `?tab=ID` when given (the toolbar popup cannot be opened by automation,
 * so tests open this page in a tab and name the tab to describe), else the active tab of this window.
 * `tabs.query` needs no permission when asking only for ids.
 */
export async function resolveTabId(search = location.search): Promise<number | null> {
  const given = new URLSearchParams(search).get('tab');
  if (given !== null) return /^\d+$/.test(given) ? Number(given) : null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
