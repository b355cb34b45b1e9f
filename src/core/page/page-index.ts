/**
 * One walk over the document that every metadata extractor then reads instead of querying the DOM.
 *
 * Selector queries, `closest()`, `textContent` and even `parentElement` are slow in DOM emulators
 * (jsdom's selector engine costs milliseconds per case-insensitive attribute selector, and a wrapper
 * div's `textContent` copies the whole article each time). The index keeps, per element in document
 * order: its tag, its parent, the end of its subtree and where its text starts and ends in the
 * document's text; so "descendants of X", "ancestors of X", "is X inside Y" and "first 200
 * characters of X" become array reads. Built once per extraction; the page is not watched for changes.
 */

import { cleanText } from './text';

/** Nodes walked at most; a hostile page's remainder stays unindexed (as if it were not there). */
export const MAX_INDEX_NODES = 300_000;

const SHOW_ELEMENT_AND_TEXT = 1 | 4;

/** The document's elements in document order with their tree and text positions. */
export class PageIndex {
  readonly doc: Document;
  /** Elements in document order; `elements[0]` is the root (`<html>`). */
  readonly elements: Element[] = [];
  /** Upper-case tag names, parallel to `elements`. */
  readonly tags: string[] = [];
  /** Index of each element's parent element, -1 for the root. */
  readonly parent: number[] = [];
  /** Index of each element's last descendant (itself when it has none). */
  readonly end: number[] = [];
  /** Where each element's text starts and ends in {@link text}. */
  readonly textStart: number[] = [];
  readonly textEnd: number[] = [];
  /** The text of every text node in document order: `text.slice(textStart[i], textEnd[i])` is `textContent`. */
  readonly text: string;
  private readonly position = new Map<Element, number>();
  private readonly classes: (string | undefined)[] = [];
  private readonly ids: (string | undefined)[] = [];
  private readonly lowerClasses: (string | undefined)[] = [];
  private readonly attributeNames: (string[] | undefined)[] = [];
  private itemprops: Map<string, number[]> | null = null;
  private readonly firstOfTag = new Map<string, number[]>();

  constructor(doc: Document) {
    this.doc = doc;
    const root = doc.documentElement;
    this.text = root ? this.walk(root) : '';
  }

  private walk(root: Element): string {
    const { elements, tags, parent, end, textStart, textEnd } = this;
    const chunks: string[] = [];
    let offset = 0;
    const open = (el: Element, tag: string, up: number) => {
      const i = elements.length;
      elements.push(el);
      tags.push(tag);
      parent.push(up);
      textStart.push(offset);
      end.push(i);
      textEnd.push(offset);
      this.position.set(el, i);
      return i;
    };
    let current = open(root, root.tagName, -1);
    // A TreeWalker moves on the DOM's own tree without building a wrapper for every node it passes.
    const walker = this.doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    let node: Node | null = walker.firstChild();
    for (let visited = 0; visited < MAX_INDEX_NODES; visited++) {
      if (node) {
        // Text nodes have no `tagName`: reading it costs nothing for them, unlike a `nodeType` call.
        const tag = (node as Element).tagName;
        if (tag === undefined) {
          const value = node.nodeValue ?? '';
          chunks.push(value);
          offset += value.length;
          node = walker.nextSibling();
          continue;
        }
        const i = open(node as Element, tag, current);
        const child = walker.firstChild();
        if (child) {
          current = i;
          node = child;
          continue;
        }
        node = walker.nextSibling();
        continue;
      }
      end[current] = elements.length - 1;
      textEnd[current] = offset;
      if (current === 0) return chunks.join('');
      walker.parentNode();
      current = parent[current];
      node = walker.nextSibling();
    }
    // Capped: close every element still open where the walk stopped.
    for (let i = current; i >= 0; i = parent[i]) {
      end[i] = elements.length - 1;
      textEnd[i] = offset;
    }
    return chunks.join('');
  }

  /** The element's position, or -1 when it is not indexed (beyond the cap, or not in this document). */
  indexOf(el: Element | null | undefined): number {
    return el ? (this.position.get(el) ?? -1) : -1;
  }

  /** Whether element `b` is `a` or inside it (by index). */
  contains(a: number, b: number): boolean {
    return a >= 0 && b >= a && b <= this.end[a];
  }

  /** The first `max` characters of the element's text (its whole `textContent` when shorter). */
  textPrefix(i: number, max: number): string {
    const start = this.textStart[i];
    return this.text.slice(start, Math.min(this.textEnd[i], start + max));
  }

  /** The element's `textContent` (only its first `max` characters when `max` is given). */
  textOf(i: number, max = Infinity): string {
    return this.textPrefix(i, max);
  }

  /** `textOf(el, max)` (see text.ts) of element `i`: its text with whitespace collapsed, capped. */
  cleanTextOf(i: number, max = 2000): string {
    return cleanText(this.textPrefix(i, max * 4)).slice(0, max);
  }

  /** Elements inside element `i` (not `i` itself) whose tag is in `tags`, in document order, at most `limit`. */
  within(i: number, tags: ReadonlySet<string>, limit = Infinity): number[] {
    const out: number[] = [];
    for (let j = i + 1; j <= this.end[i] && out.length < limit; j++) if (tags.has(this.tags[j])) out.push(j);
    return out;
  }

  /** Length of the element's `textContent`. */
  textLength(i: number): number {
    return this.textEnd[i] - this.textStart[i];
  }

  /**
   * An attribute's value, or null. The element's attribute names are read once, so asking for an
   * attribute it does not have (most `itemprop`, `id`, `role` lookups) costs no DOM call.
   */
  attr(i: number, name: string): string | null {
    let names = this.attributeNames[i];
    if (names === undefined) this.attributeNames[i] = names = this.elements[i].getAttributeNames();
    return names.length > 0 && names.includes(name) ? this.elements[i].getAttribute(name) : null;
  }

  /** The `class` attribute ('' when absent), read once. */
  classOf(i: number): string {
    let c = this.classes[i];
    if (c === undefined) this.classes[i] = c = this.attr(i, 'class') ?? '';
    return c;
  }

  /** Elements whose `itemprop` is `value` (lower-case; compared in any case, as HTML attribute selectors do). */
  withItemprop(value: string): number[] {
    return this.itempropValues().get(value) ?? [];
  }

  /** Every `itemprop` value of the page (lower-cased) with its elements, read in one pass. */
  itempropValues(): Map<string, number[]> {
    if (!this.itemprops) {
      this.itemprops = new Map();
      for (let i = 0; i < this.elements.length; i++) {
        const v = this.attr(i, 'itemprop');
        if (!v) continue;
        const key = v.toLowerCase();
        const list = this.itemprops.get(key) ?? [];
        list.push(i);
        this.itemprops.set(key, list);
      }
    }
    return this.itemprops;
  }

  /** The `class` attribute lower-cased ('' when absent), for the case-insensitive `[class*=…]` tests. */
  lowerClassOf(i: number): string {
    let c = this.lowerClasses[i];
    if (c === undefined) this.lowerClasses[i] = c = this.classOf(i).toLowerCase();
    return c;
  }

  /** The `id` attribute ('' when absent), read once. */
  idOf(i: number): string {
    let c = this.ids[i];
    if (c === undefined) this.ids[i] = c = this.attr(i, 'id') ?? '';
    return c;
  }

  /** Indices of the elements with this (upper-case) tag, in document order. */
  byTag(tag: string): number[] {
    let list = this.firstOfTag.get(tag);
    if (!list) {
      list = [];
      for (let i = 0; i < this.tags.length; i++) if (this.tags[i] === tag) list.push(i);
      this.firstOfTag.set(tag, list);
    }
    return list;
  }

  /** Indices of the elements with this tag inside element `i` (not `i` itself), in document order. */
  byTagWithin(tag: string, i: number): number[] {
    const list = this.byTag(tag);
    const from = lowerBound(list, i + 1);
    const out: number[] = [];
    for (let k = from; k < list.length && list[k] <= this.end[i]; k++) out.push(list[k]);
    return out;
  }

  /** The first element with this tag inside element `i` (not `i` itself), or -1. */
  firstTagWithin(tag: string, i: number): number {
    const list = this.byTag(tag);
    const k = lowerBound(list, i + 1);
    return k < list.length && list[k] <= this.end[i] ? list[k] : -1;
  }

  /** Number of child elements of element `i`, counting no further than `limit`. */
  childCount(i: number, limit = Infinity): number {
    let n = 0;
    for (let j = i + 1; j <= this.end[i] && n < limit; j = this.end[j] + 1) n++;
    return n;
  }

  /** How many of the sorted indices in `list` are inside element `i` (not `i` itself). */
  countWithin(list: number[], i: number): number {
    return lowerBound(list, this.end[i] + 1) - lowerBound(list, i + 1);
  }

  /**
   * A memoised test "does element `i` or one of its ancestors pass `test`": each element is tested
   * at most once however many descendants ask.
   */
  selfOrAncestor(test: (i: number) => boolean): (i: number) => boolean {
    const memo = new Int8Array(this.elements.length); // 0 unknown, 1 yes, 2 no
    return (i: number) => {
      const path: number[] = [];
      let answer = 2;
      for (let cur = i; cur >= 0; cur = this.parent[cur]) {
        if (memo[cur] !== 0) {
          answer = memo[cur];
          break;
        }
        if (test(cur)) {
          memo[cur] = answer = 1;
          break;
        }
        path.push(cur);
      }
      for (const p of path) memo[p] = answer;
      return answer === 1;
    };
  }

  /** The nearest ancestor-or-self of element `i` whose tag is in `tags`, or -1. */
  closestTag(i: number, tags: ReadonlySet<string>): number {
    for (let cur = i; cur >= 0; cur = this.parent[cur]) if (tags.has(this.tags[cur])) return cur;
    return -1;
  }
}

/** First position in the sorted `list` whose value is ≥ `value`. */
function lowerBound(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
