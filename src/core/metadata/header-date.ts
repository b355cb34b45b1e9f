import type { Evidence } from '../types';
import { hasDateDigit, labelKind, parseVisibleDate, type DateParts } from '../dates';
import { capRaw, cleanText } from '../page/text';
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
  const line = findHeaderDateLine(ctx, lang);
  if (!line) return null;
  const { index } = ctx;
  return { parts: line.parts, evidence: { source: 'visible-text', detail: `date text between the headline and the body (<${index.tags[line.at].toLowerCase()}>)`, raw: capRaw(line.text) } };
}

/** The line {@link findHeaderDate} reads: the element, its cleaned text and the date in it. */
export interface HeaderDateLine {
  at: number;
  text: string;
  parts: DateParts;
}

/**
 * The first short line with a complete date between the headline and the body (see
 * {@link findHeaderDate}). A site logo or a section name may be set in an `<h1>` above the story's
 * own: the line under the last `<h1>` above the body is looked for first, then the line under the first.
 */
export function findHeaderDateLine(ctx: PageContext, lang: string | null): HeaderDateLine | null {
  const bodyStart = firstBodyParagraph(ctx);
  const { first, last } = headings(ctx, bodyStart);
  return (last !== first ? dateLineAfter(ctx, last, bodyStart, lang) : null) ?? dateLineAfter(ctx, first, bodyStart, lang);
}

function dateLineAfter(ctx: PageContext, heading: number, bodyStart: number, lang: string | null): HeaderDateLine | null {
  const { index } = ctx;
  if (heading < 0) return null;
  if (bodyStart >= 0 && !(bodyStart > heading)) return null;
  const root = Math.max(0, index.indexOf(ctx.doc.body));
  // From the element after the headline's subtree: "2018年のオープンソース…" in a title is not the article's date.
  for (let i = index.end[heading] + 1, n = 0; i <= index.end[root] && n < MAX_ELEMENTS; i++, n++) {
    if (i === bodyStart) return null;
    const found = dateOf(ctx, i, lang);
    if (found) return found;
  }
  return null;
}

const NOT_HEADER_TAGS: ReadonlySet<string> = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'BLOCKQUOTE']);

function dateOf(ctx: PageContext, i: number, lang: string | null): HeaderDateLine | null {
  const { index } = ctx;
  if (index.textLength(i) > MAX_LINE_CHARS * 3 || index.childCount(i, 7) > 6) return null;
  const raw = index.textOf(i);
  if (!hasDateDigit(raw)) return null;
  const text = cleanText(raw);
  if (text.length > MAX_LINE_CHARS || text.length < 6) return null;
  if (labelKind(text) === 'modified') return null;
  // <time> elements were read already (an update time among them must not come back as the publication).
  if (index.tags[i] === 'TIME' || index.firstTagWithin('TIME', i) >= 0) return null;
  if (index.closestTag(i, NOT_HEADER_TAGS) >= 0 || ctx.zones.at(i, ctx.scopeAt)) return null;
  const parts = parseVisibleDate(text, lang ?? undefined);
  if (!parts) return null;
  return { at: i, text, parts };
}

/**
 * The article's `<h1>` candidates, outside boilerplate, among the first ones in the article's scope
 * (else in the page): the first, and the last above the body's first paragraph (the first when the
 * body is not known). -1 for none.
 */
function headings(ctx: PageContext, bodyStart: number): { first: number; last: number } {
  const { index } = ctx;
  for (const list of [index.byTagWithin('H1', ctx.scopeAt), index.byTag('H1')]) {
    let first = -1;
    let last = -1;
    for (let k = 0; k < list.length && k < 10; k++) {
      if (ctx.zones.at(list[k], ctx.scopeAt)) continue;
      if (first >= 0 && (bodyStart < 0 || list[k] > bodyStart)) break;
      if (first < 0) first = list[k];
      last = list[k];
    }
    if (first >= 0) return { first, last };
  }
  return { first: -1, last: -1 };
}

/** The body's first paragraph of some length (else its root element); -1 when the body is not known. */
export function firstBodyParagraph(ctx: PageContext): number {
  const { index, rootAt } = ctx;
  if (rootAt < 0) return -1;
  const ps = index.byTagWithin('P', rootAt);
  for (let k = 0; k < ps.length && k < 50; k++) if (cleanText(index.textOf(ps[k])).length >= MIN_BODY_PARAGRAPH) return ps[k];
  return rootAt;
}
