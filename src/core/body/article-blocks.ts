import { findArticleRoot } from '../page/article-root';
import { isInBoilerplate } from '../page/zones';
import { isNonStoryLine } from './non-story-lines';

/** What part of the article a block of text is. */
export type BlockKind = 'headline' | 'standfirst' | 'subhead' | 'paragraph';

/**
 * One block of the article's own text, in reading order. `text` keeps the element's text content
 * character for character (whitespace mapped to spaces, never collapsed), so an offset into it is an
 * offset into the element's text nodes: highlights map mentions back to the page through it.
 */
export interface ArticleBlock {
  kind: BlockKind;
  text: string;
  /** The element the text was read from; null for a headline taken from metadata. */
  element: Element | null;
}

/** Elements that hold one block of running text. */
const BLOCK_SELECTOR = 'p, h2, h3, h4, h5, blockquote, li, pre';
const SUBHEAD_TAGS = new Set(['H2', 'H3', 'H4', 'H5']);

/**
 * Parts of an article's body that are not its prose: captions and photo credits, embedded
 * media, inline "read more" teasers, tables of figures, scripts.
 */
const NOT_PROSE_SELECTOR = 'figure, figcaption, picture, video, audio, iframe, table, script, style, noscript, template, button, [hidden], [aria-hidden="true"]';

/** Caps: hostile or enormous pages must not make the tagger read megabytes. */
const MAX_BLOCKS = 600;
const MAX_CHARS = 150_000;

/**
 * The article's headline and body text as blocks, never navigation, related-story lists, comments,
 * captions, ads or footers: the paragraphs of the article root (see `findArticleRoot`) outside
 * boilerplate zones, the standfirst right after the headline, and the headline itself.
 */
export function extractArticleBlocks(doc: Document, headline: string | null, root: Element | null = findArticleRoot(doc)): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let chars = 0;
  const push = (block: ArticleBlock) => {
    if (blocks.length >= MAX_BLOCKS || chars >= MAX_CHARS) return;
    const text = block.text.length + chars > MAX_CHARS ? block.text.slice(0, MAX_CHARS - chars) : block.text;
    chars += text.length;
    blocks.push({ ...block, text });
  };

  const h1 = findHeadlineElement(doc, headline);
  if (headline) push({ kind: 'headline', text: headline, element: h1 });
  const standfirst = h1 ? findStandfirst(h1, root) : null;
  if (standfirst) push({ kind: 'standfirst', text: flatText(standfirst), element: standfirst });
  if (!root) return blocks;

  const candidates = root.querySelectorAll(BLOCK_SELECTOR);
  const seen = new Set<string>();
  let found = 0;
  for (let i = 0; i < candidates.length && blocks.length < MAX_BLOCKS; i++) {
    const el = candidates[i];
    if (el === standfirst || el === h1) continue;
    // The innermost block only: a <li> or <blockquote> holding <p>s is read through its paragraphs.
    if (el.querySelector(BLOCK_SELECTOR)) continue;
    if (el.closest(NOT_PROSE_SELECTOR) || isInBoilerplate(el, root)) continue;
    const text = flatText(el);
    if (!isProse(el, text) || isNonStoryLine(text)) continue;
    // Pages repeat a subhead or pull quote (one copy per layout); read it once.
    const key = text.trim();
    if (seen.has(key)) continue;
    seen.add(key);
    found++;
    push({ kind: SUBHEAD_TAGS.has(el.tagName) ? 'subhead' : 'paragraph', text, element: el });
  }
  // Bodies written as text and <br>s inside one container have no paragraph elements.
  if (found === 0) push({ kind: 'paragraph', text: flatText(root), element: root });
  return blocks;
}

/** Text content with every whitespace character mapped to a plain space (same length, same offsets). */
export function flatText(el: Element): string {
  return (el.textContent ?? '').replace(/[\s\u00a0\u200b\ufeff]/g, ' ');
}

function isProse(el: Element, text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 2) return false;
  // A paragraph that is all link is a teaser ("READ MORE: …") or a tag list, not prose.
  const linkChars = [...el.querySelectorAll('a')].reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
  if (linkChars > 0 && linkChars >= trimmed.length * 0.8) return false;
  // List items and subheads in bodies are often navigation-like ("Share", "Topics"): keep the ones with words.
  if (el.tagName === 'LI' && trimmed.split(/\s+/).length < 4) return false;
  return true;
}

function findHeadlineElement(doc: Document, headline: string | null): Element | null {
  const h1s = doc.querySelectorAll('h1');
  if (!headline) return h1s[0] ?? null;
  const want = headline.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const h of h1s) {
    if ((h.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase() === want) return h;
  }
  return h1s.length === 1 ? h1s[0] : null;
}

/**
 * The summary line printed right under the headline (a `<h2>`/`<h4>`, or a `<p>` with a dek-like
 * class), when it sits beside the headline rather than in the body.
 */
function findStandfirst(h1: Element, root: Element | null): Element | null {
  let next = h1.nextElementSibling;
  for (let hops = 0; next && hops < 2; hops++, next = next.nextElementSibling) {
    if (root?.contains(next)) return null;
    const isHeading = SUBHEAD_TAGS.has(next.tagName);
    const dekClass = /(?:^|[-_\s])(?:dek|standfirst|summary|subtitle|sub-?headline|deck|lede|lead|spot|excerpt|description)(?:$|[-_\s])/i.test(next.getAttribute('class') ?? '');
    if (!isHeading && !(next.tagName === 'P' && dekClass) && !(next.tagName === 'DIV' && dekClass)) continue;
    const len = (next.textContent ?? '').trim().length;
    if (len >= 30 && len <= 600 && !next.querySelector('a, time, img')) return next;
  }
  return null;
}
