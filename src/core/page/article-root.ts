import { isInBoilerplate } from './zones';

const MAX_PARAGRAPHS = 2000;
const MIN_PARAGRAPH_CHARS = 40;

/**
 * The element that holds the article's body text: an explicit `articleBody`, else the container that
 * collects the most paragraph text outside boilerplate zones (each paragraph counts for its parent
 * and, half, for its grandparent, so wrappers around paragraph groups win). Null when the page has no
 * substantial paragraphs. Work is capped for huge pages.
 */
export function findArticleRoot(doc: Document): Element | null {
  // itemprop is a token list: Blogger writes itemprop="description articleBody".
  const explicit = doc.querySelector('[itemprop~="articleBody"], [itemprop~="articlebody"]');
  if (explicit && (explicit.textContent ?? '').length > 200) return explicit;
  const scores = new Map<Element, number>();
  const paragraphs = doc.getElementsByTagName('p');
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i];
    const len = (p.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH_CHARS) continue;
    if (isInBoilerplate(p)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand && grand.tagName !== 'BODY') scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The region around the article's start where bylines, datelines and timestamps live: the nearest
 * `<article>` or `<main>` ancestor of the body (or of the headline), else the body's parent.
 */
export function findArticleScope(doc: Document, root: Element | null): Element {
  const h1 = doc.querySelector('article h1, main h1, h1');
  const anchor = root ?? h1;
  if (!anchor) return doc.body ?? doc.documentElement;
  const container = anchor.closest('article, main, [role="main"]');
  if (container && (!h1 || container.contains(h1) || !root)) return container;
  // Headline and body in sibling containers: climb from the body until the headline is inside.
  if (root && h1) {
    for (let cur: Element | null = root; cur; cur = cur.parentElement) {
      if (cur.contains(h1)) return cur;
      if (cur.tagName === 'BODY') break;
    }
  }
  return root?.parentElement ?? doc.body ?? doc.documentElement;
}
