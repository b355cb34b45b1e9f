import browser from 'webextension-polyfill';

/**
 * Runs the manifest's content script in `tabId` now (top frame). Needs `scripting` and a grant for
 * the tab: `activeTab`, given when the reader opens the toolbar popup on it. The script's file name
 * comes from the built manifest, so it follows whatever the bundler named it.
 */
export async function injectContentScript(tabId: number): Promise<null> {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  if (!files.length) throw new Error('No content script in the manifest');
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files });
  } catch (e) {
    // Chrome's wording ("Cannot access contents of the page…") means no grant: a browser page, the
    // store, or the popup was not opened from the toolbar on this tab.
    throw new Error(`Backstory cannot read this tab (${e instanceof Error ? e.message : String(e)}). Open Backstory from the toolbar on the tab, or reload the page.`);
  }
  return null;
}
