/**
 * The elements with a tag name, as a plain array, read in time proportional to their number.
 *
 * `getElementsByTagName` collects in the DOM's own code (no selector engine), but jsdom's collection
 * object answers every indexed read and every `length` through a proxy that first rebuilds the list of
 * named properties — each read costs time proportional to the collection's size, a loop over it
 * quadratic time (seconds for a page's thousand elements, and a hostile page's ten thousand
 * `<script>`s). The collection interface's own `item()` and `length` skip that proxy; browsers
 * answer them directly either way.
 */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  const collection = root.getElementsByTagName(tag);
  const { item, length } = collectionAccess(collection);
  if (!item || !length) return Array.from(collection);
  const n = length.call(collection);
  const out: Element[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = item.call(collection, i)!;
  return out;
}

/** How many elements under `root` have the tag name, without the proxy cost {@link elementsByTag} explains. */
export function countByTag(root: Document | Element, tag: string): number {
  const collection = root.getElementsByTagName(tag);
  const { length } = collectionAccess(collection);
  return length ? length.call(collection) : collection.length;
}

/**
 * Whether any element under `root` carries the attribute. A plain loop rather than
 * `querySelector('[name]')`: jsdom's selector engine reads its element list through the proxy
 * {@link elementsByTag} describes, which made this one query an eighth of the detector's time on
 * non-article pages; in a browser the loop costs microseconds.
 */
export function hasAttributeAnywhere(root: Document | Element, name: string): boolean {
  const collection = root.getElementsByTagName('*');
  const { item, length } = collectionAccess(collection);
  if (!item || !length) return root.querySelector(`[${name}]`) !== null;
  for (let i = 0, n = length.call(collection); i < n; i++) if (item.call(collection, i)!.hasAttribute(name)) return true;
  return false;
}

function collectionAccess(collection: HTMLCollection): {
  item?: (this: HTMLCollection, index: number) => Element | null;
  length?: (this: HTMLCollection) => number;
} {
  const proto = Object.getPrototypeOf(collection) as HTMLCollection;
  const item = proto.item as (this: HTMLCollection, index: number) => Element | null;
  const length = Object.getOwnPropertyDescriptor(proto, 'length')?.get as ((this: HTMLCollection) => number) | undefined;
  return typeof item === 'function' && length ? { item, length } : {};
}
