import browser from 'webextension-polyfill';
import type { EntityTagger } from '../src/core/parties/story-parties';
// Emitted as a file of its own: fetched only on pages judged to be articles, never parsed on others.
import modelUrl from '../data/ner/model.bin?url';

let pending: Promise<EntityTagger> | null = null;

/**
 * The entity tagger, loaded on first use: the tagger code is a chunk of its own and the weights a
 * file of the extension, so pages that are not articles pay for neither. Later calls share the load.
 */
export function loadEntityTagger(): Promise<EntityTagger> {
  pending ??= (async () => {
    const [ner, bytes] = await Promise.all([
      import('../src/core/ner'),
      fetch(browser.runtime.getURL(modelUrl)).then((r) => {
        if (!r.ok) throw new Error(`tagger weights: HTTP ${r.status}`);
        return r.arrayBuffer();
      }),
    ]);
    const model = ner.decodeModel(new Uint8Array(bytes));
    return (blocks: string[]) => ner.findEntities(model, blocks);
  })();
  // A failed load (extension updated under the page) may succeed on the next try.
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
