import browser from 'webextension-polyfill';
import type { EntityTagger } from '../core/parties/story-parties';
// Static: service workers may not use import().
import { decodeModel, findEntities } from '../core/ner';
// Emitted as a file of the package, read by the background only: pages cannot fetch it.
import modelUrl from '../../data/ner/model.bin?url';

let pending: Promise<EntityTagger> | null = null;

/**
 * The entity tagger, loaded on first use and kept while the background lives: the weights are a file
 * of the extension, read once for all tabs (a service worker
 * that was stopped loads them again, in a few milliseconds). Later calls share the load.
 */
export function loadEntityTagger(): Promise<EntityTagger> {
  pending ??= (async () => {
    const r = await fetch(browser.runtime.getURL(modelUrl));
    if (!r.ok) throw new Error(`tagger weights: HTTP ${r.status}`);
    const model = decodeModel(new Uint8Array(await r.arrayBuffer()));
    return (blocks: string[]) => findEntities(model, blocks);
  })();
  // A failed load (extension updated meanwhile) may succeed on the next try.
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
