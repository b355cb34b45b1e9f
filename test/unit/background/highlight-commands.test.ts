import { describe, expect, it, vi } from 'vitest';

// The browser cannot press an extension shortcut headless, so the wiring from the command and the
// context menu to the tab's content script is checked here with the extension API stubbed.
const listeners: Record<string, (...args: unknown[]) => void> = {};
const sendMessage = vi.fn(async () => ({ ok: true, value: { on: true, count: 3 } }));
const create = vi.fn();
vi.mock('webextension-polyfill', () => ({
  default: {
    commands: { onCommand: { addListener: (f: never) => (listeners.command = f) } },
    contextMenus: { onClicked: { addListener: (f: never) => (listeners.menu = f) }, create },
    runtime: { onInstalled: { addListener: (f: never) => (listeners.installed = f) }, id: 'ours' },
    tabs: { sendMessage },
  },
}));
// Messages to a tab go through the browser's own API (src/extension-api.ts).
vi.mock('../../../src/extension-api', () => ({ extensionApi: () => ({ runtime: { id: 'ours' }, tabs: { sendMessage } }) }));
const { registerHighlightCommands, TOGGLE_HIGHLIGHTS } = await import('../../../src/background/highlight-commands');

describe('highlight commands', () => {
  registerHighlightCommands();

  it('listens for the command the manifest declares, bound to Alt+Shift+H', async () => {
    const manifest = (await import('../../../manifest.json')).default as { commands: Record<string, { suggested_key: { default: string } }> };
    expect(manifest.commands[TOGGLE_HIGHLIGHTS].suggested_key.default).toBe('Alt+Shift+H');
  });

  it('Alt+Shift+H (the manifest command) tells the tab to toggle its highlights', async () => {
    listeners.command(TOGGLE_HIGHLIGHTS, { id: 7 });
    expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'toggle-highlights' }, { frameId: 0 });
  });

  it('the context-menu item does the same, and other commands or items do nothing', async () => {
    sendMessage.mockClear();
    listeners.menu({ menuItemId: TOGGLE_HIGHLIGHTS }, { id: 9 });
    listeners.menu({ menuItemId: 'something-else' }, { id: 9 });
    listeners.command('other-command', { id: 9 });
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenLastCalledWith(9, { type: 'toggle-highlights' }, { frameId: 0 });
  });

  it('creates the menu item on install, for web pages only', () => {
    listeners.installed();
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ id: TOGGLE_HIGHLIGHTS, contexts: ['page', 'selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] }));
  });
});
