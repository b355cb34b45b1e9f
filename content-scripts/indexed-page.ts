import { indexPageInSlices, type PageIndex } from '../src/core/page/page-index';
import { CARD_TAG } from './card/tag';
import { nextTask, timed } from './timing';

/** How long one slice of the page walk may hold the main thread. */
const SLICE_MS = 8;

interface Kept {
  index: PageIndex;
  /** Whether the page's nodes or text changed after the walk began. */
  changed: () => boolean;
  observer: MutationObserver;
}

let kept: Kept | null = null;

/**
 * The page's index for the article stages (metadata, then text blocks), walked in slices of about
 * {@link SLICE_MS} with a break between them, so even a 10 MB page leaves the main thread free. The
 * blocks stage reuses the metadata stage's index unless the page's nodes or text changed in between
 * (our own card coming and going does not count); then the page is walked again.
 */
export async function indexedPage(doc: Document): Promise<PageIndex> {
  if (kept && !kept.changed() && kept.index.doc === doc) return kept.index;
  kept?.observer.disconnect();
  let changed = false;
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !isOurCard(r))) {
      changed = true;
      // One change is enough to know; a busy page should not keep calling us.
      observer.disconnect();
    }
  });
  observer.observe(doc, { childList: true, characterData: true, subtree: true });
  const index = await indexPageInSlices(doc, nextTask, SLICE_MS, (work) => timed('index', work));
  kept = { index, observer, changed: () => changed };
  return index;
}

/**
 * Lets the index go and stops watching the page: the stages that share it are done, and a page's
 * index (up to a million characters of its text) should not stay in memory for the page's lifetime.
 */
export function forgetIndexedPage(): void {
  kept?.observer.disconnect();
  kept = null;
}

/** A record that only adds or removes our card's host element. */
function isOurCard(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => (n as Element).localName === CARD_TAG);
}
