/**
 * Finds the page's dominant text block: the container in which most of the substantial paragraph
 * text is concentrated. An article has one (its body); a listing page has many short summaries
 * spread over teaser cards; an app or a shop has little running text at all.
 *
 * Work is capped: at most 1000 `<p>` elements (collected by the page scan, see `MAX_PARAGRAPHS`), or
 * {@link MAX_TEXT_NODES} text nodes in the fallback for pages that set text in `<div>`s with `<br>`,
 * and each text is measured on at most {@link MAX_MEASURE_CHARS} characters.
 */
import type { PageScan } from './page-scan';

/** Statistics about the page's running text. Lengths are weighted ({@link weightedLength}). */
export interface TextStats {
  /** Substantial paragraphs on the whole page. */
  substantial: number;
  /** Weighted characters of all substantial paragraphs. */
  totalChars: number;
  /** The dominant container, or null when the page has no substantial text. */
  body: Element | null;
  /** Weighted characters of the substantial paragraphs inside `body`. */
  bodyChars: number;
  /** Substantial paragraphs inside `body` (a `<p>` split by `<br>`s counts once per part). */
  bodyParagraphs: number;
  /** Whether the `<div>`/`<br>` text-node fallback was used. */
  fallback: boolean;
  /** The strongest candidate rejected as a teaser list, if any: its paragraph count and headline links. */
  teaserList: { paragraphs: number; teasers: number } | null;
}

/** Most text nodes looked at in the fallback walk. */
export const MAX_TEXT_NODES = 20000;
/** Longest text measured per paragraph. */
export const MAX_MEASURE_CHARS = 5000;
/** Weighted length from which a paragraph counts as substantial (a real sentence or two). */
export const MIN_PARAGRAPH = 40;
/** How many of the best-scoring containers are examined closely. */
const CANDIDATES = 6;

/** Whitespace as the density measure counts it: runs count once. */
const WHITESPACE_RUN = /[ \n\t\r\f\u00a0]+/g;
/** Kana, CJK ideographs, Hangul, compatibility ideographs. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const CJK_CHARS = new RegExp(CJK_CHAR.source, 'g');

/**
 * Length of a text for density purposes: whitespace runs count once (none at the ends), and CJK
 * characters (which carry roughly a word each) count 2.5 so Japanese and Chinese paragraphs compare
 * with Latin ones. Measured with the engine's own string operations rather than a loop over the
 * characters: this runs on every paragraph of every page, mostly in code the engine has not
 * optimised yet.
 */
export function weightedLength(raw: string): number {
  const s = raw.length > MAX_MEASURE_CHARS ? raw.slice(0, MAX_MEASURE_CHARS) : raw;
  const collapsed = s.replace(WHITESPACE_RUN, ' ');
  let n = collapsed.length;
  if (n > 0 && collapsed.charCodeAt(0) === 32) n--;
  if (n > 0 && collapsed.charCodeAt(collapsed.length - 1) === 32) n--;
  const cjk = CJK_CHAR.test(s) ? s.length - s.replace(CJK_CHARS, '').length : 0;
  return n + cjk * 1.5;
}

/**
 * The page's site for same-site comparisons: its host without "www." reduced to the registrable part
 * (last two labels, or three under a short second-level label such as co.uk, com.au, ne.jp).
 */
export function siteOf(urlOrHost: string): string {
  let host = urlOrHost;
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(urlOrHost);
  if (m) host = m[1];
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const second = labels[labels.length - 2];
  const keep = second.length <= 3 && labels[labels.length - 1].length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * The headings among `headings` (h2–h5) that are teaser headlines: they sit in a same-site link or
 * hold one, with headline-sized text. Links to other sites (a newsletter's link roundup) do not
 * count. Returns the distinct link targets.
 */
export function teaserTargets(headings: readonly Element[], site: string, within?: Element): Set<string> {
  const hrefs = new Set<string>();
  for (const h of headings) {
    if (within && !within.contains(h)) continue;
    const a = ancestorLink(h) ?? h.getElementsByTagName('a')[0];
    if (!a) continue;
    const href = (a.getAttribute('href') ?? '').trim();
    if (!href || href.startsWith('#') || /^(?:javascript|mailto):/i.test(href)) continue;
    const len = (h.textContent ?? '').trim().length;
    if (len < 12 || len > 300) continue;
    if (site && /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(href) && siteOf(href) !== site) continue;
    hrefs.add(href);
  }
  return hrefs;
}

/**
 * The weighted length of a `<p>` as running text, or 0 when it does not count: shorter than
 * {@link MIN_PARAGRAPH}, or a summary wrapped in its teaser's link.
 */
function runningTextLength(p: Element, parentOf?: (el: Element) => Element | null): number {
  const len = weightedLength(p.textContent ?? '');
  if (len < MIN_PARAGRAPH) return 0;
  return ancestorLink(p, parentOf) ? 0 : len;
}

/** Paragraph text below this weighted total sends the walk to the `<div>`/`<br>` text-node fallback. */
export const FALLBACK_BELOW = 1500;
/** The fallback's text is used only from this weighted total. */
const FALLBACK_MIN = 600;

function ancestorLink(el: Element, parentOf: (el: Element) => Element | null = (e) => e.parentElement): Element | null {
  for (let cur = parentOf(el), depth = 0; cur && depth < 6; cur = parentOf(cur), depth++) {
    if (cur.tagName === 'A') return cur;
    if (cur.tagName === 'BODY') return null;
  }
  return null;
}

/** A run of text the walk measured: a paragraph, or a block's direct text in the fallback. */
export interface Piece {
  el: Node;
  len: number;
  /** Paragraphs this piece stands for. */
  parts: number;
}

/** Tags whose text never counts as running text in the fallback walk. */
const SKIP_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'A', 'BUTTON', 'OPTION', 'SELECT', 'TEXTAREA', 'LABEL', 'PRE', 'CODE', 'SVG', 'TITLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'FIGCAPTION', 'DT', 'DD']);
const INLINE_TAGS = new Set(['SPAN', 'B', 'STRONG', 'I', 'EM', 'FONT', 'U', 'SMALL', 'BIG', 'MARK', 'SUB', 'SUP', 'ABBR', 'CITE', 'Q', 'TIME', 'S']);
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'HEADER', 'A', 'LI', 'H1', 'H2', 'H3', 'BUTTON', 'SELECT']);
const NOT_BODY_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'HEADER', 'FORM']);
const NOT_BODY_CLASS = /(?:^|[\s_-])(?:comments?|comment-?list|related|sidebar|footer|nav|navigation|menu|teasers?|cards?|promo|newsletter|cookie|consent|modal|disclaimer)(?:$|[\s_-])/i;

/**
 * Paragraph lengths and the fallback's pieces measured once per detection: the structure ceiling
 * measures them first, and {@link analyzeText} reuses them when the detector goes on.
 */
export interface TextMeasures {
  /** {@link runningTextLength} per `<p>`. */
  lengths: Map<Element, number>;
  fallback?: { pieces: Piece[]; total: number };
}

/** A fresh, empty {@link TextMeasures}. */
export function textMeasures(): TextMeasures {
  return { lengths: new Map() };
}

/** {@link runningTextLength} of `p`, measured once per `measures`. */
export function measuredLength(p: Element, measures: TextMeasures, parentOf?: (el: Element) => Element | null): number {
  let len = measures.lengths.get(p);
  if (len === undefined) measures.lengths.set(p, (len = runningTextLength(p, parentOf)));
  return len;
}

/**
 * The `<div>`/`<br>` fallback's pieces when the paragraph walk takes them instead of the paragraphs
 * (whose weighted total is `paragraphChars`): the paragraphs are few and the fallback finds clearly
 * more text. Walked once per `measures`; null when the paragraphs stand.
 */
export function fallbackText(doc: Document, paragraphChars: number, measures: TextMeasures): { pieces: Piece[]; total: number } | null {
  if (paragraphChars >= FALLBACK_BELOW || !doc.body) return null;
  const extra = (measures.fallback ??= textNodePieces(doc));
  return extra.total > paragraphChars * 1.5 && extra.total >= FALLBACK_MIN ? extra : null;
}

/** Computes {@link TextStats} from the page scan. */
export function analyzeText(doc: Document, url: string, scan: PageScan, measures: TextMeasures = textMeasures()): TextStats {
  const site = siteOf(url);
  const pieces: Piece[] = [];
  const scores = new Map<Element, number>();
  let totalChars = 0;

  // Paragraphs share their ancestors: each `parentElement` (slow in DOM emulators) is read once.
  const parents = new Map<Element, Element | null>();
  const parentOf = (el: Element) => {
    let up = parents.get(el);
    if (up === undefined) parents.set(el, (up = el.parentElement));
    return up;
  };
  const credit = (parent: Element | null, len: number) => {
    if (!parent) return;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parentOf(parent);
    if (!grand || grand.tagName === 'BODY' || grand.tagName === 'HTML') return;
    scores.set(grand, (scores.get(grand) ?? 0) + len * 0.6);
    const great = parentOf(grand);
    if (!great || great.tagName === 'BODY' || great.tagName === 'HTML') return;
    scores.set(great, (scores.get(great) ?? 0) + len * 0.3);
  };

  for (const p of scan.paragraphs) {
    const len = measuredLength(p, measures, parentOf);
    if (len === 0) continue;
    const breaks = len >= 160 ? p.getElementsByTagName('br').length : 0;
    pieces.push({ el: p, len, parts: Math.max(1, Math.min(breaks + 1, Math.floor(len / 80))) });
    totalChars += len;
    credit(parentOf(p), len);
  }

  let fallback = false;
  // Pages that set their text in <div>s with <br> (common on older and Japanese sites) have few <p>.
  const extra = fallbackText(doc, totalChars, measures);
  if (extra) {
    fallback = true;
    pieces.length = 0;
    scores.clear();
    totalChars = extra.total;
    for (const piece of extra.pieces) {
      pieces.push(piece);
      credit(piece.el as Element, piece.len);
    }
  }

  const stats: TextStats = { substantial: pieces.length, totalChars, body: null, bodyChars: 0, bodyParagraphs: 0, fallback, teaserList: null };
  if (pieces.length === 0) return stats;

  // The best-scoring container wins (a parent collects its paragraphs in full, wrappers a share), so
  // the body's own container beats the page wrapper that also holds comments and teasers; penalties
  // apply to teaser lists and chrome.
  let bestValue = -1;
  for (const [el, score] of topEntries(scores, CANDIDATES)) {
    let chars = 0;
    let count = 0;
    for (const piece of pieces) {
      if (el.contains(piece.el)) {
        chars += piece.len;
        count += piece.parts;
      }
    }
    const teasers = teaserTargets(scan.headings, site, el).size;
    // About one headline link per summary: a list of teaser cards, not a story's body.
    const teaserish = teasers >= 3 && count < teasers * 2.5;
    let value = score;
    if (teaserish) {
      value *= 0.15;
      if (!stats.teaserList || count > stats.teaserList.paragraphs) stats.teaserList = { paragraphs: count, teasers };
    }
    if (isNotBody(el)) value *= 0.3;
    if (value > bestValue) {
      bestValue = value;
      stats.body = el;
      stats.bodyChars = teaserish ? Math.round(chars * 0.15) : chars;
      stats.bodyParagraphs = teaserish ? 0 : count;
    }
  }
  return stats;
}

/** Whether the container is chrome (navigation, footer, comments, related cards) rather than a body. */
function isNotBody(el: Element): boolean {
  for (let cur: Element | null = el, depth = 0; cur && cur.tagName !== 'BODY' && depth < 12; cur = cur.parentElement, depth++) {
    if (NOT_BODY_TAGS.has(cur.tagName)) return true;
    const role = cur.getAttribute('role');
    if (role === 'navigation' || role === 'contentinfo' || role === 'complementary') return true;
    const cls = cur.getAttribute('class');
    const id = cur.getAttribute('id');
    if (!cls && !id) continue;
    if (NOT_BODY_CLASS.test((cls ?? '').slice(0, 200) + ' ' + (id ?? ''))) return true;
  }
  return false;
}

function topEntries(scores: Map<Element, number>, k: number): [Element, number][] {
  const top: [Element, number][] = [];
  for (const entry of scores) {
    if (top.length < k) {
      top.push(entry);
      top.sort((a, b) => b[1] - a[1]);
    } else if (entry[1] > top[k - 1][1]) {
      top[k - 1] = entry;
      top.sort((a, b) => b[1] - a[1]);
    }
  }
  return top;
}

/**
 * Fallback: direct text of block elements (text nodes grouped by their nearest block ancestor),
 * for pages whose paragraphs are `<br>`-separated text in `<div>`s or `<td>`s.
 */
function textNodePieces(doc: Document): { pieces: Piece[]; total: number } {
  const blocks = new Map<Element, number>();
  const chrome = new Map<Element, boolean>();
  const walker = doc.createTreeWalker(doc.body!, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode()) {
    seen++;
    const value = node.nodeValue ?? '';
    if (value.length < 20) continue;
    let parent = node.parentElement;
    while (parent && INLINE_TAGS.has(parent.tagName)) parent = parent.parentElement;
    if (!parent || SKIP_TEXT_PARENTS.has(parent.tagName)) continue;
    let inside = chrome.get(parent);
    if (inside === undefined) chrome.set(parent, (inside = inChrome(parent)));
    if (inside) continue;
    const len = weightedLength(value);
    if (len < 20) continue;
    blocks.set(parent, (blocks.get(parent) ?? 0) + len);
  }
  const pieces: Piece[] = [];
  let total = 0;
  for (const [el, len] of blocks) {
    if (len < MIN_PARAGRAPH) continue;
    // Table cells hold data (a mail list, a price table) unless a whole story sits in one (old layouts).
    if ((el.tagName === 'TD' || el.tagName === 'TH') && len < 200) continue;
    // A block's text counts as one paragraph per pair of <br>s (and per 80 chars at most).
    const breaks = el.getElementsByTagName('br').length;
    const parts = Math.max(1, Math.min(Math.floor(len / 80), Math.floor(breaks / 2) + 1));
    pieces.push({ el, len, parts });
    total += len;
  }
  return { pieces, total };
}

function inChrome(el: Element): boolean {
  for (let cur: Element | null = el, depth = 0; cur && depth < 15; cur = cur.parentElement, depth++) {
    if (cur.tagName === 'BODY') return false;
    if (CHROME_TAGS.has(cur.tagName)) return true;
  }
  return false;
}
