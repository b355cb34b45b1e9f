import { findArticleRootIndex } from '../page/article-root';
import { PageIndex } from '../page/page-index';
import { zonesOf } from '../page/zone-memo';
import { isNonStoryLine } from './non-story-lines';
import { runSteps, type Steps } from '../steps';

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
const BLOCK_TAGS: ReadonlySet<string> = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'BLOCKQUOTE', 'LI', 'PRE']);
const SUBHEAD_TAGS = new Set(['H2', 'H3', 'H4', 'H5']);

/**
 * Parts of an article's body that are not its prose: captions and photo credits, embedded
 * media, inline "read more" teasers, tables of figures, scripts; and anything `hidden` or
 * `aria-hidden="true"`.
 */
const NOT_PROSE_TAGS: ReadonlySet<string> = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'TABLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON']);

/**
 * The reading budget per article: hostile or enormous pages must not make the tagger read megabytes.
 * The background refuses block texts over it (src/background/validate.ts).
 */
export const MAX_ARTICLE_BLOCKS = 600;
/** Characters of article text read per article, headline included: about 25,000 words. */
export const MAX_ARTICLE_CHARS = 150_000;
const MAX_BLOCKS = MAX_ARTICLE_BLOCKS;
const MAX_CHARS = MAX_ARTICLE_CHARS;

/**
 * The article's headline and body text as blocks, never navigation, related-story lists, comments,
 * captions, ads or footers: the paragraphs of the article root (see `findArticleRoot`) outside
 * boilerplate zones, the standfirst right after the headline, and the headline itself. `root`
 * defaults to the page's article root; pass null for none.
 *
 * The page is read through one {@link PageIndex} walk: per-paragraph `closest()`, `querySelector()`
 * and `textContent` calls cost milliseconds each in DOM emulators and dominated this step. The
 * index's node cap also bounds the work on huge pages (elements past it are not read); `index` is
 * that index when the caller has built it already.
 */
export function extractArticleBlocks(doc: Document, headline: string | null, root?: Element | null, index?: PageIndex): ArticleBlock[] {
  return runSteps(articleBlocksSteps(doc, headline, root, index));
}

/** Blocks read between two breaks of {@link articleBlocksSteps}. */
const BLOCKS_PER_STEP = 200;

/** {@link extractArticleBlocks} in steps (see steps.ts): a break after finding the root, then every 200 blocks. */
export function* articleBlocksSteps(doc: Document, headline: string | null, root?: Element | null, index: PageIndex = new PageIndex(doc)): Steps<ArticleBlock[]> {
  const zones = zonesOf(index);
  const rootAt = root === undefined ? findArticleRootIndex(index) : index.indexOf(root);
  const rootEl = root === undefined ? (rootAt >= 0 ? index.elements[rootAt] : null) : root;
  const blocks: ArticleBlock[] = [];
  let chars = 0;
  const push = (block: ArticleBlock) => {
    if (blocks.length >= MAX_BLOCKS || chars >= MAX_CHARS) return;
    const text = block.text.length + chars > MAX_CHARS ? block.text.slice(0, MAX_CHARS - chars) : block.text;
    chars += text.length;
    blocks.push({ ...block, text });
  };

  yield;
  const h1 = findHeadlineElement(index, headline);
  if (headline) push({ kind: 'headline', text: headline, element: h1 });
  const standfirst = h1 ? findStandfirst(h1, rootEl) : null;
  if (standfirst) push({ kind: 'standfirst', text: flatText(standfirst), element: standfirst });
  if (!rootEl) return blocks;

  const candidates = blockElementsWithin(index, rootAt);
  const notProse = index.selfOrAncestor((i) => isNotProseElement(index, i));
  const seen = new Set<string>();
  let found = 0;
  // Past either cap nothing more is kept: stop reading (a 10 MB page has 40,000 paragraphs after it).
  for (let k = 0; k < candidates.length && blocks.length < MAX_BLOCKS && chars < MAX_CHARS; k++) {
    const i = candidates[k];
    const el = index.elements[i];
    if (el === standfirst || el === h1) continue;
    // The innermost block only: a <li> or <blockquote> holding <p>s is read through its paragraphs.
    // Candidates are in document order, so the next one is the first block element after this one.
    if (k + 1 < candidates.length && candidates[k + 1] <= index.end[i]) continue;
    if (notProse(i) || zones.at(i, rootAt)) continue;
    const text = flatString(index.textOf(i));
    if (!isProse(index, i, text) || isNonStoryLine(text)) continue;
    // Pages repeat a subhead or pull quote (one copy per layout); read it once.
    const key = text.trim();
    if (seen.has(key)) continue;
    seen.add(key);
    found++;
    if (found % BLOCKS_PER_STEP === 0) yield;
    push({ kind: SUBHEAD_TAGS.has(index.tags[i]) ? 'subhead' : 'paragraph', text, element: el });
  }
  // Bodies written as text and <br>s inside one container have no paragraph elements.
  // Read no more of it than the cap keeps.
  if (found === 0) push({ kind: 'paragraph', text: rootAt >= 0 ? flatString(index.textOf(rootAt, MAX_CHARS)) : flatText(rootEl), element: rootEl });
  return blocks;
}

/** Indices of the block elements inside element `at` (not itself), in document order; none when `at` is -1. */
function blockElementsWithin(index: PageIndex, at: number): number[] {
  const out: number[] = [];
  if (at < 0) return out;
  for (let i = at + 1; i <= index.end[at]; i++) if (BLOCK_TAGS.has(index.tags[i])) out.push(i);
  return out;
}

/** Whether the element itself (not its ancestors) starts a part of the page that is not prose. */
function isNotProseElement(index: PageIndex, i: number): boolean {
  if (NOT_PROSE_TAGS.has(index.tags[i])) return true;
  return index.attr(i, 'hidden') !== null || index.attr(i, 'aria-hidden') === 'true';
}

/** Text content with every whitespace character mapped to a plain space (same length, same offsets). */
export function flatText(el: Element): string {
  return flatString(el.textContent ?? '');
}

/** {@link flatText} of text already read. */
function flatString(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]/g, ' ');
}

function isProse(index: PageIndex, i: number, text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 2) return false;
  // A paragraph that is all link is a teaser ("READ MORE: …") or a tag list, not prose.
  let linkChars = 0;
  for (const a of index.byTagWithin('A', i)) linkChars += index.textOf(a).trim().length;
  if (linkChars > 0 && linkChars >= trimmed.length * 0.8) return false;
  // List items and subheads in bodies are often navigation-like ("Share", "Topics"): keep the ones with words.
  if (index.tags[i] === 'LI' && trimmed.split(/\s+/).length < 4) return false;
  return true;
}

function findHeadlineElement(index: PageIndex, headline: string | null): Element | null {
  const h1s = index.byTag('H1');
  if (!headline) return h1s.length ? index.elements[h1s[0]] : null;
  const want = headline.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const h of h1s) {
    if (index.textOf(h).replace(/\s+/g, ' ').trim().toLowerCase() === want) return index.elements[h];
  }
  return h1s.length === 1 ? index.elements[h1s[0]] : null;
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
