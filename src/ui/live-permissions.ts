import { LIVE_ORIGINS } from '../live/live-client';

/** Firefox's consent category for what live results send: names and headline words read from the page. */
export const LIVE_DATA_COLLECTION = ['websiteContent'] as const;

/**
 * The permissions live results need. Firefox also asks the reader's consent to transmit website content
 * (declared optional in its manifest); Chrome has no such permission and rejects the key.
 */
export function livePermissions(extensionBaseUrl: string): { origins: string[]; data_collection?: string[] } {
  return extensionBaseUrl.startsWith('moz-extension:') ? { origins: [...LIVE_ORIGINS], data_collection: [...LIVE_DATA_COLLECTION] } : { origins: [...LIVE_ORIGINS] };
}
