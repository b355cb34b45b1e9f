import { cleanText, segmentedText } from './text';
import type { PageIndex } from './page-index';
import type { ZoneMemo } from './zone-memo';

/** A byline-like element's text with where it was found. */
export interface BylineText {
  text: string;
  detail: string;
  el: Element;
  /** The element's position in the page index. */
  at: number;
}

/**
 * How a byline container is recognised: an attribute (`class`, `id`, `itemprop`…) equal to or
 * containing a word, in any case (as jsdom's and browsers' HTML selector matching does), or a tag.
 */
export interface ElementMark {
  /** The CSS selector this mark stands for, quoted in evidence. */
  selector: string;
  attr?: string;
  tag?: string;
  value?: string;
  /** Whole value (`=`) rather than a substring (`*=`). */
  exact?: boolean;
}

const contains = (attr: string, value: string): ElementMark => ({ selector: `[${attr}*="${value}" i]`, attr, value });
const equals = (attr: string, value: string): ElementMark => ({ selector: `[${attr}="${value}"]`, attr, value, exact: true });

/** Byline containers, most specific first. Site knowledge as data. */
export const BYLINE_MARKS: readonly ElementMark[] = [
  equals('itemprop', 'author'),
  equals('rel', 'author'),
  contains('data-testid', 'byline'),
  contains('class', 'byline'),
  contains('id', 'byline'),
  ...['author', 'writer', 'autor', 'auteur', 'reporter', 'contributor', 'journalist', 'signature', 'muhabir', 'yazar', 'redakteur', 'firma'].map((w) => contains('class', w)),
  { selector: 'address', tag: 'ADDRESS' },
];

/**
 * Paths of author pages (`a[href*="/author/" i]`…); links to them are only taken before the article
 * body starts, where bylines are.
 */
export const AUTHOR_PATHS = ['/author/', '/authors/', '/autor/', '/autores/', '/auteur/', '/staff/', '/editors/', '/people/', '/profile/', '/profiles/', '/contributors/', '/contributor/', '/journalists/', '/journalist/', '/reporters/', '/writers/', '/by/', '/yazar/', '/yazarlar/', '/autore/', '/autori/', '/autoren/', '/redakteur/', '/firma/', '/avtor/', '/redaccion/', '/penulis/', '/wartawan/'];

/**
 * "By …" lead-ins in the languages we read; a short line starting with one is a byline. Indonesian
 * "Penulis:", Russian "Автор:", Arabic "بقلم" ("by the pen of") and "كتب:" ("wrote"). Words that also
 * start ordinary sentences need their colon or dash: "Oleh karena itu" is "therefore", "كتب" is also
 * "books", "Текст закона" is "the text of the law".
 */
export const BYLINE_LEAD_IN = /^(?:by|written by|words by|reporting by|story by|von|par|por|di|door|av|af|autor(?:es|ka|a)?:?|auteur:?|author:?|text:?|tekst:?|yazan:?|muhabir:?|penulis:?|oleh:|автор(?:ы)?:?|текст:|بقلم:?|كتبت?\s*[:\-–])\s*(?<=[\s:\-–])\S/iu;

const MAX_BYLINE_CHARS = 200;
const MAX_ELEMENTS = 400;
const LINE_TAGS: ReadonlySet<string> = new Set(['P', 'SPAN', 'DIV', 'LI', 'STRONG', 'B', 'EM', 'H4', 'H5', 'H6']);
const PICTURE_TAGS: ReadonlySet<string> = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE']);

/** Whether element `i` carries the mark. */
export function hasMark(index: PageIndex, i: number, mark: ElementMark): boolean {
  if (mark.tag) return index.tags[i] === mark.tag;
  if (mark.attr === 'class') {
    const cls = index.lowerClassOf(i);
    return mark.exact ? cls === mark.value : cls.includes(mark.value!);
  }
  const raw = mark.attr === 'id' ? index.idOf(i) : index.attr(i, mark.attr!);
  if (!raw) return false;
  const v = raw.toLowerCase();
  return mark.exact ? v === mark.value : v.includes(mark.value!);
}

/** Whether element `i` is a link to an author page (`a[href*="/author/" i]`…). */
export function isAuthorLink(index: PageIndex, i: number): boolean {
  if (index.tags[i] !== 'A') return false;
  const href = index.attr(i, 'href')?.toLowerCase();
  return !!href && AUTHOR_PATHS.some((p) => href.includes(p));
}

/**
 * Byline texts in the article's scope (element `scope` of the index): elements marked as
 * author/byline by markup or class names, and short lines that start with "By …" (in several
 * languages). Boilerplate zones (other stories' cards, comments, footers) are skipped; so are long
 * blocks, which are author bios or article text. `bodyStart` (-1 for none) is where the body begins.
 */
export function findBylines(index: PageIndex, zones: ZoneMemo, scope: number, bodyStart = -1): BylineText[] {
  const out: BylineText[] = [];
  const seen = new Set<number>();
  const stop = index.parent[scope];
  const consider = (i: number, detail: string) => {
    // Nested matches are all kept: an outer "byline" box may hold only the date, the inner one the name.
    if (seen.has(i)) return;
    if (index.textLength(i) > MAX_BYLINE_CHARS * 3) return;
    if (cleanText(index.textOf(i)).length > MAX_BYLINE_CHARS) return;
    const el = index.elements[i];
    const text = segmentedText(el, MAX_BYLINE_CHARS);
    if (text.length < 3) return;
    if (zones.at(i, stop, true)) return;
    // Photo credits carry itemprop="author" and "By" lines too.
    if (index.closestTag(i, PICTURE_TAGS) >= 0) return;
    seen.add(i);
    out.push({ text, detail, el, at: i });
  };
  // One pass over the scope sorts its elements by mark; the marks are then taken in order of trust.
  const marked: number[][] = BYLINE_MARKS.map(() => []);
  const links: number[] = [];
  const lines: number[] = [];
  for (let i = scope + 1; i <= index.end[scope]; i++) {
    for (let m = 0; m < BYLINE_MARKS.length; m++) if (hasMark(index, i, BYLINE_MARKS[m])) marked[m].push(i);
    if (isAuthorLink(index, i)) links.push(i);
    if (LINE_TAGS.has(index.tags[i])) lines.push(i);
  }
  BYLINE_MARKS.forEach((mark, m) => {
    const els = marked[m];
    for (let k = 0; k < els.length && k < MAX_ELEMENTS; k++) {
      let i = els[k];
      if (isLayoutWrapper(index, i)) continue;
      // Several author links side by side ("<a rel=author>A</a> and <a rel=author>B</a>"): take their container.
      const group = index.parent[i];
      if (group >= 0 && group !== scope && index.textLength(group) < MAX_BYLINE_CHARS && index.countWithin(els, group) > 1) i = group;
      consider(i, `byline element ${mark.selector}`);
    }
  });
  for (let k = 0; k < links.length && k < 50; k++) {
    const link = links[k];
    // Only links before the body text: links inside it point at people the story mentions.
    if (bodyStart >= 0 && !(bodyStart > link)) continue;
    if (bodyStart < 0 && k >= 5) break;
    const parent = index.parent[link];
    consider(parent >= 0 && index.textLength(parent) < MAX_BYLINE_CHARS ? parent : link, 'link to an author page');
  }
  for (let k = 0; k < lines.length && k < 4000; k++) {
    const i = lines[k];
    if (index.textLength(i) > MAX_BYLINE_CHARS || index.childCount(i, 7) > 6) continue;
    const text = cleanText(index.textOf(i));
    // A capital after the lead-in (a name), or a script without case (Arabic, Hebrew, CJK names).
    if (BYLINE_LEAD_IN.test(text) && /[\p{Lu}\p{Lo}]/u.test(text.slice(0, 40))) consider(i, 'line starting with "By"');
  }
  return out;
}

/** Class names like "author-page-wrapper" or "has-author" mark big containers, not bylines. */
function isLayoutWrapper(index: PageIndex, i: number): boolean {
  return /(?:wrapper|container|layout|article-body|content|section|grid|page|post)\b/i.test(index.classOf(i)) && index.textLength(i) > MAX_BYLINE_CHARS;
}
