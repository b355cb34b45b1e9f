import browser from 'webextension-polyfill';
import { sendToTab } from '../messages';

/** The id shared by the keyboard command (manifest `commands`) and the context-menu item. */
export const TOGGLE_HIGHLIGHTS = 'toggle-highlights';

/**
 * The keyboard shortcut and the page's context menu both flip the party highlights of the tab they
 * were used in; the content script owns the highlights and reports the new state.
 */
export function registerHighlightCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_HIGHLIGHTS && tab?.id !== undefined) void sendToTab(tab.id, 'toggle-highlights', {});
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === TOGGLE_HIGHLIGHTS && tab?.id !== undefined) void sendToTab(tab.id, 'toggle-highlights', {});
  });
  // Menu items persist across worker restarts; create them once per install or update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: TOGGLE_HIGHLIGHTS,
      title: 'Highlight parties (Backstory)',
      contexts: ['page', 'selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
}
