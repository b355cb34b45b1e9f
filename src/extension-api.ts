import type Browser from 'webextension-polyfill';

/**
 * The browser's own extension API for the calls that every page's content script makes (send a
 * message, read settings): `browser` in Firefox, `chrome` in Chromium, both promise-based in Manifest
 * V3. The content script runs on every page, and evaluating webextension-polyfill there cost about
 * 2.6 ms per page in a fresh renderer; the background and extension pages keep the polyfill.
 */
export function extensionApi(): Browser.Browser {
  const g = globalThis as { browser?: Browser.Browser; chrome?: Browser.Browser };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!api?.runtime) throw new Error('Backstory: not running in a browser extension');
  return api;
}
