/**
 * The Firefox manifest, derived from the one Chrome manifest (manifest.json) so the two never drift:
 * background as `scripts` (Firefox MV3 has event pages, not service workers), a gecko id, the minimum
 * Firefox version and the built-in data collection consent declaration. Everything else is shared.
 */

/** The add-on's permanent id on addons.mozilla.org (it cannot change after the first submission). */
export const GECKO_ID = 'backstory@backstory-extension';
/** Firefox 142: data_collection_permissions on desktop and Android alike. */
export const GECKO_MIN_VERSION = '142.0';

import { LIVE_DATA_COLLECTION } from '../../src/ui/live-permissions';

type Json = Record<string, unknown>;

export function firefoxManifest<T extends Json>(chrome: T): Json {
  const background = chrome.background as { service_worker?: string; type?: string } | undefined;
  if (!background?.service_worker) throw new Error('manifest.json: expected background.service_worker');
  // Chrome-only keys Firefox would warn about.
  const { minimum_chrome_version: _chromeOnly, ...shared } = chrome as Json;
  return {
    ...shared,
    background: { scripts: [background.service_worker], ...(background.type ? { type: background.type } : {}) },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // Nothing is collected or sent by default (see README "Permissions"). Live results, off by default,
        // send names and headline words from the page to GDELT and Wikipedia: the reader consents when
        // turning them on (options page), so that is optional website content.
        data_collection_permissions: { required: ['none'], optional: [...LIVE_DATA_COLLECTION] },
      },
    },
  };
}
