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
const MAX_ITEMS = 300;

const TYPE_URL = /^(?:https?:\/\/)?(?:www\.)?schema\.org\//i;

/**
 * Every `[itemscope][itemtype]` item of the document in document order, with type names stripped of
 * the `https://schema.org/` prefix (`itemtype` may list several space-separated types). Types from
 * other vocabularies keep their full URL.
 */
export function readMicrodata(doc: Document): MicrodataItem[] {
  const out: MicrodataItem[] = [];
  const els = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < els.length && out.length < MAX_ITEMS; i++) {
    const el = els[i];
    if (!el.hasAttribute('itemscope')) continue;
    const types = (el.getAttribute('itemtype') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => t.replace(TYPE_URL, '').replace(/[/#]$/, ''))
      .filter(Boolean);
    if (types.length === 0) continue;
    let nested = false;
    for (let cur = el.parentElement; cur; cur = cur.parentElement) {
      if (cur.hasAttribute('itemscope')) {
        nested = true;
        break;
      }
    }
    out.push({ types, el, nested });
  }
  return out;
}
