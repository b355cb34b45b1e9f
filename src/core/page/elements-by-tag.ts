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
  const proto = Object.getPrototypeOf(collection) as HTMLCollection;
  const item = proto.item as (this: HTMLCollection, index: number) => Element | null;
  const length = Object.getOwnPropertyDescriptor(proto, 'length')?.get;
  if (typeof item !== 'function' || !length) return Array.from(collection);
  const n = length.call(collection) as number;
  const out: Element[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = item.call(collection, i)!;
  return out;
}
