import { extensionApi } from './extension-api';
import type { Annotation } from './core/types';
import type { BlockText } from './core/add-story-parties';
import type { PartyMention } from './core/parties/parties';
import type { LiveArticle, LiveOutcome, PartySummary } from './live/live-types';

/**
 * The one message protocol between the page (content script), the background and the popup.
 * Each map is named sender-to-receiver; each entry gives the request fields and the reply value.
 * Every reply travels as a {@link Result}, so a failure reaches the caller as data, not as a hang.
 */

/** A reply that can fail. `error` is a short sentence for logs and the popup, never page content. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the background keeps for one tab (in `storage.session`, so it outlives service-worker restarts). */
export interface TabState {
  annotation: Annotation;
  /** True when the reader asked to annotate a page the detector had rejected. */
  forced: boolean;
  /** Whether the parties are highlighted in the page now. */
  highlighted: boolean;
  /** When the content script reported, ms since the epoch. */
  receivedAt: number;
}

/** The highlight state of a page after a change: on or off, and how many mentions are highlighted. */
export interface HighlightState {
  on: boolean;
  count: number;
}

/** Content script → background. The tab is taken from the sender, never from the message. */
export type ContentToBackground = {
  /** The page was annotated (article or not): keep it for the tab and set the badge. */
  'page-annotated': { request: { annotation: Annotation; forced: boolean; highlighted: boolean }; reply: null };
  /**
   * Read the parties, quotes and links of an article from its block texts. The tagger runs in the
   * background: its weights load once for every tab, and the page's main thread is not held up.
   */
  'read-story': { request: { annotation: Annotation; blocks: BlockText[] }; reply: { annotation: Annotation; mentions: PartyMention[] } };
};

/** Popup → background. */
export type PopupToBackground = {
  /** What Backstory knows about a tab; `null` when no content script reported (e.g. chrome:// pages, the Web Store). */
  'get-tab-state': { request: { tabId: number }; reply: TabState | null };
  /**
   * Run the content script in a tab it never ran in (opened before Backstory was installed or
   * updated). Works from the toolbar popup, which grants `activeTab` for the active tab.
   */
  'read-tab-now': { request: { tabId: number }; reply: null };
  /** Live coverage of the tab's story from GDELT (opt-in; `disabled` otherwise). */
  'live-coverage': { request: { tabId: number }; reply: LiveOutcome<LiveArticle[]> };
  /** A party's Wikipedia summary (opt-in; `disabled` otherwise). */
  'party-summary': { request: { name: string; lang: string }; reply: LiveOutcome<PartySummary> };
};

/** Popup → content script of a tab. */
export type PopupToContent = {
  /** Annotate this page even though the detector said it is not an article; replies once the background has it. */
  'annotate-anyway': { request: Record<string, never>; reply: null };
  /** Turn the party highlights on or off (the popup's "Highlight parties" switch). */
  'set-highlights': { request: { on: boolean }; reply: HighlightState };
  /** Scroll to a party's first mention in the article; replies whether there was one to show. */
  'show-party': { request: { name: string }; reply: boolean };
};

/** Background → content script of a tab (keyboard command, context menu). */
export type BackgroundToContent = {
  /** Flip the party highlights. */
  'toggle-highlights': { request: Record<string, never>; reply: HighlightState };
};

type Protocol = Record<string, { request: object; reply: unknown }>;

/** A message on the wire: its `type` plus the request fields. */
export type MessageOf<P extends Protocol> = { [K in keyof P]: { type: K } & P[K]['request'] }[keyof P];

/** The reply value for message `K` of protocol `P`. */
export type ReplyOf<P extends Protocol, K extends keyof P> = P[K]['reply'];

/** Sends a content-script or popup message to the background. Transport failures become `{ ok: false }`. */
export function sendToBackground<K extends keyof ContentToBackground>(
  type: K,
  request: ContentToBackground[K]['request'],
): Promise<Result<ReplyOf<ContentToBackground, K>>>;
export function sendToBackground<K extends keyof PopupToBackground>(
  type: K,
  request: PopupToBackground[K]['request'],
): Promise<Result<ReplyOf<PopupToBackground, K>>>;
export function sendToBackground(type: string, request: object): Promise<Result<unknown>> {
  return deliver(() => extensionApi().runtime.sendMessage({ ...request, type }));
}

/** Sends a popup or background message to the content script of tab `tabId` (top frame only). */
export function sendToTab<K extends keyof PopupToContent>(
  tabId: number,
  type: K,
  request: PopupToContent[K]['request'],
): Promise<Result<ReplyOf<PopupToContent, K>>>;
export function sendToTab<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  request: BackgroundToContent[K]['request'],
): Promise<Result<ReplyOf<BackgroundToContent, K>>>;
export function sendToTab(tabId: number, type: string, request: object): Promise<Result<unknown>> {
  return deliver(() => extensionApi().tabs.sendMessage(tabId, { ...request, type }, { frameId: 0 }));
}

async function deliver(send: () => Promise<unknown>): Promise<Result<unknown>> {
  try {
    const reply = await send();
    return isResult(reply) ? reply : { ok: false, error: 'No answer (is Backstory running on this page?)' };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

function isResult(x: unknown): x is Result<unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as { ok?: unknown; error?: unknown };
  return r.ok === true ? 'value' in r : r.ok === false && typeof r.error === 'string';
}

/** A short message for any thrown value. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** True when a message comes from this extension itself (content scripts and extension pages alike). */
export function isFromOurExtension(sender: { id?: string }): boolean {
  return sender.id === extensionApi().runtime.id;
}
