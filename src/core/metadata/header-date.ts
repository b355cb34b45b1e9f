import type { Evidence } from '../types';
import { labelKind, parseVisibleDate, type DateParts } from '../dates';
import { capRaw, cleanText } from '../page/text';
import { isInBoilerplate } from '../page/zones';
import type { PageContext } from './context';

/** A line is short enough to be a dateline or a "name, date" line, not a paragraph that mentions a date. */
const MAX_LINE_CHARS = 120;
/** Elements walked between the headline and the body; headers are small, hostile pages are not. */
const MAX_ELEMENTS = 300;
/** A body paragraph is at least this long; shorter ones are standfirst pieces or captions. */
const MIN_BODY_PARAGRAPH = 40;

/**
 * The date printed between the headline and the first body paragraph — "December 16, 2016, 4:19 PM"
 * under a byline, "Mattias Geniar, April 19, 2020", "2019/04/04" in a meta list — where many pages put
 * it without a date-ish class name or a "Published" label. That stretch of the page belongs to the
 * article, so its first complete date (with a year) is the publication. Lines labelled as updates,
 * captions and boilerplate zones are skipped. The last resort before giving up: structured data,
 * `<time>`, labelled lines, date-classed elements and the URL all come first.
 */
export function findHeaderDate(ctx: PageContext, lang: string | null): { parts: DateParts; evidence: Evidence } | null {
  const heading = firstHeading(ctx);
  if (!heading) return null;
  const bodyStart = firstBodyParagraph(ctx.root);
  if (bodyStart && !(heading.compareDocumentPosition(bodyStart) & 4 /* FOLLOWING */)) return null;
  const walker = ctx.doc.createTreeWalker(ctx.doc.body ?? ctx.doc.documentElement, 1 /* SHOW_ELEMENT */);
  walker.currentNode = heading;
  // Skip the headline's own subtree: "2018年のオープンソース…" in a title is not the article's date.
  let node: Node | null = skipSubtree(walker, heading);
  for (let n = 0; node && n < MAX_ELEMENTS; n++) {
    const el = node as Element;
    if (el === bodyStart) return null;
    const found = dateOf(el, ctx, lang);
    if (found) return found;
    node = walker.nextNode();
  }
  return null;
}

function dateOf(el: Element, ctx: PageContext, lang: string | null): { parts: DateParts; evidence: Evidence } | null {
  if (el.childElementCount > 6) return null;
  const raw = el.textContent ?? '';
  if (raw.length > MAX_LINE_CHARS * 3 || !/\d/.test(raw)) return null;
  const text = cleanText(raw);
  if (text.length > MAX_LINE_CHARS || text.length < 6) return null;
  if (labelKind(text) === 'modified') return null;
  // <time> elements were read already (an update time among them must not come back as the publication).
  if (el.tagName === 'TIME' || el.querySelector('time')) return null;
  if (el.closest('figure, figcaption, picture, blockquote') || isInBoilerplate(el, ctx.scope)) return null;
  const parts = parseVisibleDate(text, lang ?? undefined);
  if (!parts) return null;
  return { parts, evidence: { source: 'visible-text', detail: `date text between the headline and the body (<${el.tagName.toLowerCase()}>)`, raw: capRaw(text) } };
}

/** The article's `<h1>`: the first one in the article's scope, else the page's first outside boilerplate. */
function firstHeading(ctx: PageContext): Element | null {
  for (const list of [ctx.scope.querySelectorAll('h1'), ctx.doc.querySelectorAll('h1')]) {
    for (let i = 0; i < list.length && i < 10; i++) if (!isInBoilerplate(list[i], ctx.scope)) return list[i];
  }
  return null;
}

function firstBodyParagraph(root: Element | null): Element | null {
  if (!root) return null;
  const ps = root.querySelectorAll('p');
  for (let i = 0; i < ps.length && i < 50; i++) if (cleanText(ps[i].textContent).length >= MIN_BODY_PARAGRAPH) return ps[i];
  return root;
}

/** Moves the walker past `el`'s descendants; returns the next element in document order. */
function skipSubtree(walker: TreeWalker, el: Element): Node | null {
  let cur: Node | null = el;
  while (cur) {
    walker.currentNode = cur;
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    cur = cur.parentNode;
    if (!cur || cur === walker.root) return null;
  }
  return null;
}
