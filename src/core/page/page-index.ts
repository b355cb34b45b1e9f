/**
 * One walk over the document that every metadata extractor then reads instead of querying the DOM.
 *
 * Selector queries, `closest()`, `textContent` and even `parentElement` are slow in DOM emulators
 * (jsdom's selector engine costs milliseconds per case-insensitive attribute selector, and a wrapper
 * div's `textContent` copies the whole article each time). The index keeps, per element in document
 * order: its tag, its parent, the end of its subtree and where its text starts and ends in the
 * document's text (the text a reader can see: script, style, noscript and template contents are
 * left out); so "descendants of X", "ancestors of X", "is X inside Y" and "first 200 characters of X"
 * become array reads. Built once per extraction (in one go, or over several tasks
 * with {@link indexPageInSlices}); the page is not watched for changes.
 */

import { cleanText } from './text';

/** Nodes walked at most; a hostile page's remainder stays unindexed (as if it were not there). */
export const MAX_INDEX_NODES = 150_000;
/**
 * Text indexed at most: 1,000,000 characters is twenty very long articles, and every reader of the
 * index takes far less (the article's blocks stop at 150,000). A 10 MB page is indexed no further.
 */
export const MAX_INDEX_TEXT = 1_000_000;

const SHOW_ELEMENT_AND_TEXT = 1 | 4;

/**
 * Elements whose contents are for machines, not readers: code, style sheets, fallback markup and
 * templates. They are indexed but not walked into, so their text is not in {@link PageIndex.text}.
 * On news pages they hold most of the characters (76 % on the median dev-corpus page, 84 % of all):
 * walking them cost time and memory and spent the text cap on scripts. (SVG's own `<script>` and
 * `<style>` keep their lower-case names.) `<noscript>` is raw text in a browser but parsed markup in
 * jsdom; skipping it makes both index the same page.
 */
const OPAQUE_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'script', 'style']);

/**
 * The walk that builds a {@link PageIndex}, resumable: `step` walks a bounded number of nodes and
 * says whether it is done, so the content script can spread a huge page's walk over several tasks.
 *
 * Between steps the page may change. Nodes added behind the walk are not indexed and removed ones
 * stay indexed (detached): the index is a snapshot of a page in motion, good enough for reading it.
 * If an element on the walk's open path is removed, the walker is outside the document: the walk
 * closes its open elements and stops there, so it never runs away or throws.
 */
export class PageIndexWalk {
  readonly doc: Document;
  readonly elements: Element[] = [];
  readonly tags: string[] = [];
  readonly parent: number[] = [];
  readonly end: number[] = [];
  readonly textStart: number[] = [];
  readonly textEnd: number[] = [];
  readonly position = new Map<Element, number>();
  private readonly chunks: string[] = [];
  private offset = 0;
  private visited = 0;
  private current = -1;
  private node: Node | null = null;
  private walker: TreeWalker | null = null;
  private done = false;
  private joined: string | null = null;

  constructor(doc: Document) {
    this.doc = doc;
    const root = doc.documentElement;
    if (!root) {
      this.done = true;
      return;
    }
    this.current = this.open(root, root.tagName, -1);
    // A TreeWalker moves on the DOM's own tree without building a wrapper for every node it passes.
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    this.node = this.walker.firstChild();
  }

  /** Whether the whole document (up to the node cap) has been walked. */
  get finished(): boolean {
    return this.done;
  }

  /** The text of every walked text node, in document order (joined once, when the walk is done). */
  text(): string {
    this.joined ??= this.chunks.join('');
    return this.joined;
  }

  /**
   * Walks for about `ms` milliseconds; true once the walk is complete. The clock is read every 2000
   * nodes (reading it per node would cost more than the nodes).
   */
  stepFor(ms: number): boolean {
    const until = performance.now() + ms;
    while (!this.step(2000)) if (performance.now() >= until) return false;
    return true;
  }

  /** Walks at most `budget` more nodes; returns true once the walk is complete. */
  step(budget = Infinity): boolean {
    if (this.done) return true;
    const walker = this.walker!;
    const { parent, end, textEnd } = this;
    let node = this.node;
    let current = this.current;
    let cut = false;
    for (let n = 0; n < budget; n++, this.visited++) {
      if (this.visited >= MAX_INDEX_NODES || this.offset >= MAX_INDEX_TEXT) break;
      if (node) {
        // Text nodes have no `tagName`: reading it costs nothing for them, unlike a `nodeType` call.
        const tag = (node as Element).tagName;
        if (tag === undefined) {
          const value = node.nodeValue ?? '';
          this.chunks.push(value);
          this.offset += value.length;
          node = walker.nextSibling();
          continue;
        }
        const i = this.open(node as Element, tag, current);
        const child = OPAQUE_TAGS.has(tag) ? null : walker.firstChild();
        if (child) {
          current = i;
          node = child;
          continue;
        }
        node = walker.nextSibling();
        continue;
      }
      end[current] = this.elements.length - 1;
      textEnd[current] = this.offset;
      if (current === 0) {
        this.done = true;
        return true;
      }
      // A null parent: the element was taken out of the page while we were away (see the class note).
      if (!walker.parentNode()) {
        cut = true;
        break;
      }
      current = parent[current];
      node = walker.nextSibling();
    }
    this.node = node;
    this.current = current;
    if (!cut && this.visited < MAX_INDEX_NODES && this.offset < MAX_INDEX_TEXT) return false;
    // Capped or cut off: close every element still open where the walk stopped.
    for (let i = current; i >= 0; i = parent[i]) {
      end[i] = this.elements.length - 1;
      textEnd[i] = this.offset;
    }
    this.done = true;
    return true;
  }

  private open(el: Element, tag: string, up: number): number {
    const i = this.elements.length;
    this.elements.push(el);
    this.tags.push(tag);
    this.parent.push(up);
    this.textStart.push(this.offset);
    this.end.push(i);
    this.textEnd.push(this.offset);
    this.position.set(el, i);
    return i;
  }
}

/** The document's elements in document order with their tree and text positions. */
export class PageIndex {
  readonly doc: Document;
  /** Elements in document order; `elements[0]` is the root (`<html>`). */
  readonly elements: Element[];
  /** Upper-case tag names, parallel to `elements`. */
  readonly tags: string[];
  /** Index of each element's parent element, -1 for the root. */
  readonly parent: number[];
  /** Index of each element's last descendant (itself when it has none). */
  readonly end: number[];
  /** Where each element's text starts and ends in {@link text}. */
  readonly textStart: number[];
  readonly textEnd: number[];
  /**
   * The text of every text node in document order, except inside script, style, noscript and
   * template elements: `text.slice(textStart[i], textEnd[i])` is the element's `textContent` without
   * those elements' text.
   */
  readonly text: string;
  private readonly position: Map<Element, number>;
  private readonly classes: (string | undefined)[] = [];
  private readonly ids: (string | undefined)[] = [];
  private readonly lowerClasses: (string | undefined)[] = [];
  private readonly attributeNames: (string[] | undefined)[] = [];
  private itemprops: Map<string, number[]> | null = null;
  private readonly firstOfTag = new Map<string, number[]>();

  /** Indexes `doc` in one go, or takes over a finished {@link PageIndexWalk} of it. */
  constructor(doc: Document, walked?: PageIndexWalk) {
    const walk = walked && walked.doc === doc ? walked : new PageIndexWalk(doc);
    walk.step();
    this.doc = doc;
    this.elements = walk.elements;
    this.tags = walk.tags;
    this.parent = walk.parent;
    this.end = walk.end;
    this.textStart = walk.textStart;
    this.textEnd = walk.textEnd;
    this.position = walk.position;
    this.text = walk.text();
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

  /** The element's text as in {@link text} (only its first `max` characters when `max` is given). */
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

  /** Length of the element's text as in {@link text}. */
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

/**
 * Indexes the page over several tasks: walks for about `sliceMs` at a time and awaits `pause()`
 * between slices, so a huge page never holds the main thread long. The same index as
 * `new PageIndex(doc)` when the page does not change meanwhile. `slice` runs each piece of work
 * (the content script times them).
 */
export async function indexPageInSlices(
  doc: Document,
  pause: () => Promise<void>,
  sliceMs = 8,
  slice: <T>(work: () => T) => T = (work) => work(),
): Promise<PageIndex> {
  const walk = new PageIndexWalk(doc);
  while (!slice(() => walk.stepFor(sliceMs))) await pause();
  return slice(() => new PageIndex(doc, walk));
}
