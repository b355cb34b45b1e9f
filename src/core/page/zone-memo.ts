import type { PageIndex } from './page-index';
import { hasBoilerplateRole, isBoilerplateTag, isInBoilerplate, isLabelledOtherStories, marksAreBoilerplate } from './zones';

const UNKNOWN = -2;
const NEUTRAL = 0;
const MAIN_CONTENT = 1;
const BOILERPLATE = 2;
const ARTICLE_TAGS: ReadonlySet<string> = new Set(['ARTICLE']);

/**
 * {@link isInBoilerplate} for many elements of one page. The answer for an element is decided by
 * its nearest ancestor that is either main content (`<main>`, an `<article>` with the headline) or
 * a boilerplate zone; that ancestor is found once per element and shared by everything below it,
 * so a page's thousands of lookups cost one pass over its elements instead of one climb each.
 */
export class ZoneMemo {
  private readonly index: PageIndex;
  /** Per mode (0: any zone, 1: zones that exclude bylines): the deciding ancestor-or-self, or -1. */
  private readonly decider: [Int32Array, Int32Array];
  private readonly status: [Uint8Array, Uint8Array];

  constructor(index: PageIndex) {
    this.index = index;
    const n = index.elements.length;
    this.decider = [new Int32Array(n).fill(UNKNOWN), new Int32Array(n).fill(UNKNOWN)];
    this.status = [new Uint8Array(n), new Uint8Array(n)];
  }

  /** Same answer as `isInBoilerplate(el, stopAt, forBylines)`. */
  inBoilerplate(el: Element, stopAt?: Element | null, forBylines = false): boolean {
    const i = this.index.indexOf(el);
    if (i < 0) return isInBoilerplate(el, stopAt, forBylines);
    return this.at(i, stopAt ? this.index.indexOf(stopAt) : -1, forBylines);
  }

  /** {@link inBoilerplate} by index; `stop` is -1 for none. */
  at(i: number, stop: number, forBylines = false): boolean {
    const mode = forBylines ? 1 : 0;
    const d = this.deciderOf(i, mode);
    if (d < 0) return false;
    // The climb ends at `stop` when it is an ancestor: a decision made at or above it does not count.
    if (stop >= 0 && this.index.contains(stop, i) && d <= stop) return false;
    return this.status[mode][d] === BOILERPLATE;
  }

  private deciderOf(i: number, mode: 0 | 1): number {
    const memo = this.decider[mode];
    const path: number[] = [];
    let result = -1;
    for (let cur = i; cur >= 0; cur = this.index.parent[cur]) {
      const known = memo[cur];
      if (known !== UNKNOWN) {
        result = known;
        break;
      }
      // The climb stops below <body>: it never counts as a zone.
      if (this.index.tags[cur] === 'BODY') {
        memo[cur] = -1;
        break;
      }
      const s = this.ownStatus(cur, mode);
      if (s !== NEUTRAL) {
        this.status[mode][cur] = s;
        memo[cur] = cur;
        result = cur;
        break;
      }
      path.push(cur);
    }
    for (const p of path) memo[p] = result;
    return result;
  }

  private ownStatus(i: number, mode: 0 | 1): number {
    const { index } = this;
    const tag = index.tags[i];
    // Above the page's main content everything is layout (see isInBoilerplate).
    if (tag === 'MAIN' || (tag === 'ARTICLE' && index.firstTagWithin('H1', i) >= 0)) return MAIN_CONTENT;
    if (mode === 1) {
      if (tag === 'FOOTER' && index.closestTag(index.parent[i], ARTICLE_TAGS) < 0) return BOILERPLATE;
      return marksAreBoilerplate(index.classOf(i), index.idOf(i), false) || isLabelledOtherStories(index.elements[i]) ? BOILERPLATE : NEUTRAL;
    }
    if (isBoilerplateTag(tag) || hasBoilerplateRole(index.elements[i])) return BOILERPLATE;
    return marksAreBoilerplate(index.classOf(i), index.idOf(i)) || isLabelledOtherStories(index.elements[i]) ? BOILERPLATE : NEUTRAL;
  }
}

const memos = new WeakMap<PageIndex, ZoneMemo>();

/** The page's one {@link ZoneMemo}: every reader of an index shares its answers. */
export function zonesOf(index: PageIndex): ZoneMemo {
  let zones = memos.get(index);
  if (!zones) memos.set(index, (zones = new ZoneMemo(index)));
  return zones;
}
