/**
 * schema.org microdata reader: the `itemscope itemtype="https://schema.org/NewsArticle"` markup that
 * many pages use instead of (or besides) JSON-LD. Only the item types and their elements are read;
 * property values stay in the DOM for extractors that need them (`[itemprop=…]` inside the item).
 */

/** One microdata item: its type names (prefix-free, as written) and its element. */
export interface MicrodataItem {
  types: string[];
  el: Element;
  /** Whether the item sits inside another item (an author `Person` inside an `Article`…). */
  nested: boolean;
}

/** At most this many items are returned. */
export const MAX_MICRODATA_ITEMS = 300;

const TYPE_URL = /^(?:https?:\/\/)?(?:www\.)?schema\.org\//i;

/**
 * Every `[itemscope][itemtype]` item of the document in document order, with type names stripped of
 * the `https://schema.org/` prefix (`itemtype` may list several space-separated types). Types from
 * other vocabularies keep their full URL. (The detector collects the same items during its page scan.)
 */
export function readMicrodata(doc: Document): MicrodataItem[] {
  const out: MicrodataItem[] = [];
  const root = doc.documentElement;
  if (!root) return out;
  // A TreeWalker with one attribute check per element: attribute selectors are slow in DOM emulators.
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let node: Node | null = root; node && out.length < MAX_MICRODATA_ITEMS; node = walker.nextNode()) {
    const el = node as Element;
    if (!el.hasAttribute('itemtype') || !el.hasAttribute('itemscope')) continue;
    const item = microdataItem(el);
    if (item) out.push(item);
  }
  return out;
}

/** The item an element with `itemscope` and `itemtype` declares, or null when it names no type. */
export function microdataItem(el: Element): MicrodataItem | null {
  const types = (el.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.replace(TYPE_URL, '').replace(/[/#]$/, ''))
    .filter(Boolean);
  if (types.length === 0) return null;
  let nested = false;
  for (let cur = el.parentElement; cur; cur = cur.parentElement) {
    if (cur.hasAttribute('itemscope')) {
      nested = true;
      break;
    }
  }
  return { types, el, nested };
}
