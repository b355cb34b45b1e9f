import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { errorText, isFromOurExtension, type Result } from '../messages';
import { parseContentMessage, parsePopupMessage } from './validate';
import { readTabState, writeTabState } from './tab-state';
import { showBadge } from './badge';
import { injectContentScript } from './inject';
import { rememberArticle } from './remember-article';
import { liveCoverage, partySummary } from './live-lookups';
import { readStoryInBackground } from './read-story';

/**
 * Answers one runtime message. Returns undefined (no reply) for anything that is not a well-formed
 * message from our own extension, sent from the context that is allowed to send it.
 */
export function handleMessage(msg: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined {
  if (!isFromOurExtension(sender)) return undefined;
  if (isExtensionPage(sender)) {
    const popupMsg = parsePopupMessage(msg);
    if (!popupMsg) return undefined;
    switch (popupMsg.type) {
      case 'get-tab-state':
        return answer(() => readTabState(popupMsg.tabId));
      case 'read-tab-now':
        return answer(() => injectContentScript(popupMsg.tabId));
      case 'live-coverage':
        return answer(() => liveCoverage(popupMsg.tabId));
      case 'party-summary':
        return answer(() => partySummary(popupMsg.name, popupMsg.lang));
    }
  }
  const tabId = sender.tab?.id;
  // Only the top frame speaks for a tab (the manifest does not inject into frames, but say so here too).
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0) return undefined;
  const contentMsg = parseContentMessage(msg);
  if (!contentMsg) return undefined;
  if (contentMsg.type === 'read-story') return answer(() => readStoryInBackground(contentMsg.annotation, contentMsg.blocks));
  return answer(async () => {
    // A report can arrive just after its tab closed (parties are read after metadata): storing it
    // would keep state for a tab that no longer exists.
    if (!(await tabExists(tabId))) return null;
    // The reader's earlier articles sharing key parties join the related links (history lives here, not in the page).
    const history = await rememberArticle(contentMsg.annotation);
    const annotation = history.length ? { ...contentMsg.annotation, related: [...contentMsg.annotation.related, ...history] } : contentMsg.annotation;
    const state = { annotation, forced: contentMsg.forced, highlighted: contentMsg.highlighted, receivedAt: Date.now() };
    await writeTabState(tabId, state);
    await showBadge(tabId, state);
    return null;
  });
}

async function tabExists(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.get(tabId);
    return true;
  } catch {
    return false;
  }
}

/** The popup (in the toolbar or opened in a tab) is an extension page; content scripts run in web pages. */
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL('/'));
}

async function answer<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}
