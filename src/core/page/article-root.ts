import { PageIndex } from './page-index';
import { zonesOf } from './zone-memo';

const MAX_PARAGRAPHS = 1000;
const MIN_PARAGRAPH_CHARS = 40;
const CONTAINER_TAGS: ReadonlySet<string> = new Set(['ARTICLE', 'MAIN']);

/**
 * The element that holds the article's body text: an explicit `articleBody`, else the container that
 * collects the most paragraph text outside boilerplate zones (each paragraph counts for its parent
 * and, half, for its grandparent, so wrappers around paragraph groups win). Null when the page has no
 * substantial paragraphs. Work is capped for huge pages. Callers that read the page further pass
 * the {@link PageIndex} they share.
 */
export function findArticleRoot(doc: Document, index = new PageIndex(doc)): Element | null {
  const i = findArticleRootIndex(index);
  return i >= 0 ? index.elements[i] : null;
}

const roots = new WeakMap<PageIndex, number>();

/**
 * {@link findArticleRoot} as an element index, -1 for none; found once per index (metadata and the
 * text blocks both ask).
 */
export function findArticleRootIndex(index: PageIndex): number {
  let root = roots.get(index);
  if (root === undefined) roots.set(index, (root = rootOf(index)));
  return root;
}

function rootOf(index: PageIndex): number {
  const zones = zonesOf(index);
  // itemprop is a token list: Blogger writes itemprop="description articleBody".
  const explicit = firstWithItemprop(index, 'articlebody');
  if (explicit >= 0 && index.textLength(explicit) > 200) return explicit;
  const scores = new Map<number, number>();
  const paragraphs = index.byTag('P');
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let k = 0; k < n; k++) {
    const p = paragraphs[k];
    const len = index.textOf(p).trim().length;
    if (len < MIN_PARAGRAPH_CHARS) continue;
    if (zones.at(p, -1)) continue;
    const parent = index.parent[p];
    if (parent < 0) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = index.parent[parent];
    if (grand >= 0 && index.tags[grand] !== 'BODY') scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best = -1;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** The first element whose `itemprop` token list holds `token` (lower-case; matched in any case). */
function firstWithItemprop(index: PageIndex, token: string): number {
  let first = -1;
  for (const [value, els] of index.itempropValues()) {
    if ((first < 0 || els[0] < first) && value.split(/\s+/).includes(token)) first = els[0];
  }
  return first;
}

/**
 * The region around the article's start where bylines, datelines and timestamps live: the nearest
 * `<article>` or `<main>` ancestor of the body (element `root` of the index, -1 for none) or of the
 * headline, else the body's parent. -1 means the document's `<body>`.
 */
export function findArticleScopeIndex(index: PageIndex, root: number): number {
  const h1 = index.byTag('H1')[0] ?? -1;
  const anchor = root >= 0 ? root : h1;
  if (anchor < 0) return -1;
  const container = closestContainer(index, anchor);
  if (container >= 0 && (h1 < 0 || index.contains(container, h1) || root < 0)) return container;
  // Headline and body in sibling containers: climb from the body until the headline is inside.
  if (root >= 0 && h1 >= 0) {
    for (let cur = root; cur >= 0; cur = index.parent[cur]) {
      if (index.contains(cur, h1)) return cur;
      if (index.tags[cur] === 'BODY') break;
    }
  }
  return root >= 0 ? index.parent[root] : -1;
}

/** `closest('article, main, [role="main"]')`. */
function closestContainer(index: PageIndex, i: number): number {
  for (let cur = i; cur >= 0; cur = index.parent[cur]) {
    if (CONTAINER_TAGS.has(index.tags[cur]) || index.attr(cur, 'role')?.toLowerCase() === 'main') return cur;
  }
  return -1;
}
