import type { Signal } from './signals';
import type { PageScan } from './page-scan';
import { siteOf, teaserTargets, weightedLength, type TextStats } from './text-blocks';
import { W } from './weights';
import { ERROR_PAGE } from './signals';

/**
 * Text-stage signals: how big the dominant text block is, whether the page is made of teaser cards,
 * and whether a byline, a date, a dateline and a headline sit next to the story. Only elements that
 * belong to the story count: other stories' cards, navigation, comments and sidebars are skipped
 * (their bylines and dates belong to other stories).
 */

/** A short line starting with "By …" (and its equivalents) followed by a capitalised name is a byline. */
export function isBylineLine(line: string): boolean {
  const m = BYLINE_LEAD_IN.exec(line);
  return m != null && /^\p{Lu}/u.test(line.slice(m[0].length));
}
const BYLINE_LEAD_IN = /^(?:(?:by|written by|words by|reporting by|story by|posted by|von|par|por|di|door|av|af)(?:\s*[.:]\s*|\s+)|(?:autor(?:in)?|auteur|author|text|tekst|yazan)\s*:\s*)/i;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';

/** A calendar date in common Western, ISO and CJK notations, or a relative "3 hours ago" / "1h ago". */
export const DATE_TEXT = new RegExp(
  [
    `\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(?:${MONTHS})\\.?(?:\\s+de)?,?\\s+(?:19|20)\\d\\d\\b`,
    '\\b(?:19|20)\\d\\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])\\b',
    '\\b(?:0?[1-9]|[12]\\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)\\d\\d\\b',
    '\\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:19|20)\\d\\d\\b',
    '(?:19|20)\\d\\d\\s*[年/.]\\s*\\d{1,2}\\s*[月/.]\\s*\\d{1,2}',
    '\\b\\d{1,2}\\s?(?:minutes?|mins?|m|hours?|hrs?|h|days?|d)\\s+ago\\b',
  ].join('|'),
  'i',
);

/** "WASHINGTON (AP) —", "LONDON, June 3 (Reuters) -", "BERLIN —" at the start of the body. */
export const DATELINE = new RegExp(
  [
    "^[A-Z][A-Z.'’ -]{2,30}(?:,\\s*[\\p{L}.' ]{2,30}){0,2}\\s*(?:\\([^)]{2,30}\\)\\s*)?[—–-]{1,2}\\s*\\S",
    "^[\\p{Lu}][\\p{L}.' -]{2,40}(?:,\\s*[\\p{L}.' \\d]{2,30})?\\s*\\((?:AP|AFP|Reuters|dpa|UPI|ANSA|EFE|Xinhua|IANS|PTI|KNA|epd|APA|Kyodo|Yonhap|Bloomberg|CNN|BBC|TASS|Anadolu)\\)\\s*[—–:-]",
  ].join('|'),
  'u',
);

const OTHER_ZONE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM']);
const OTHER_ZONE_CLASS = /(?:^|[\s_-])(?:related|recommend|more-?stories|most-?(?:read|popular)|popular|trending|sidebar|comments?|footer|nav|menu|teasers?|promo|newsletter|widget|rail|outbrain|taboola)(?:$|[\s_-])/i;
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);

/**
 * Whether `el` sits in another story's card or in page chrome (looked at up to `stop`). Elements
 * that carry microdata (`itemprop="author"`, `itemprop="datePublished"`) say what they are, so for
 * them only other stories' cards count, not `<nav>`/`<aside>` wrappers that some sites put bylines in.
 */
function inOtherZone(el: Element, anchor: Element, stop: Element | null): boolean {
  const explicit = el.hasAttribute('itemprop');
  for (let cur: Element | null = el, depth = 0; cur && cur !== stop && cur.tagName !== 'BODY' && depth < 15; cur = cur.parentElement, depth++) {
    if (cur.contains(anchor)) return false;
    if (!explicit && OTHER_ZONE_TAGS.has(cur.tagName)) return true;
    if (cur.tagName === 'ARTICLE') return true; // an <article> that does not hold the story: another story
    const cls = cur.getAttribute('class');
    const id = cur.getAttribute('id');
    if ((cls || id) && OTHER_ZONE_CLASS.test((cls ?? '').slice(0, 200) + ' ' + (id ?? ''))) return true;
  }
  return false;
}

function inChrome(el: Element): boolean {
  for (let cur: Element | null = el.parentElement, depth = 0; cur && depth < 20; cur = cur.parentElement, depth++) {
    if (cur.tagName === 'BODY') return false;
    if (CHROME_TAGS.has(cur.tagName)) return true;
    const role = cur.getAttribute('role');
    if (role === 'navigation' || role === 'banner') return true;
  }
  return false;
}

/**
 * The region that holds the body's headline, byline and date: the nearest ancestor (up to five
 * levels) that contains an `<h1>` above the body (an `<h1>` inside the body is a subheading, one
 * below it heads "Related" or "Comments"), else the nearest `<article>`/`<main>`, else the body's parent.
 */
function scopeOf(body: Element, scan: PageScan): Element {
  let cur: Element | null = body.parentElement;
  for (let i = 0; i < 5 && cur && cur.tagName !== 'BODY'; i++, cur = cur.parentElement) {
    const c = cur;
    if (scan.h1s.some((h) => c.contains(h) && precedes(h, body))) return c;
  }
  for (let up: Element | null = body; up && up.tagName !== 'BODY'; up = up.parentElement) {
    if (up.tagName === 'ARTICLE' || up.tagName === 'MAIN' || up.getAttribute('role') === 'main') return up;
  }
  return body.parentElement ?? body;
}

/**
 * The largest text-block weight {@link bodySignals} can give a page whose dominant text block has at
 * most `chars` weighted characters (the tiers below, without their paragraph counts).
 */
export function textBlockCeiling(chars: number): number {
  if (chars >= 3000) return W.TEXT_LONG;
  if (chars >= 1500) return W.TEXT_MEDIUM;
  if (chars >= 800) return W.TEXT_SHORT;
  if (chars >= 400) return W.TEXT_STUB;
  return chars >= 250 ? W.TEXT_THIN : W.TEXT_NONE;
}

/** Text-stage signals for the page. */
export function bodySignals(
  doc: Document,
  url: string,
  scan: PageScan,
  text: TextStats,
  facts: { articleMarks: boolean },
  out: Signal[],
): void {
  const { bodyChars: chars, bodyParagraphs: paras } = text;
  const desc = `${Math.round(chars)} chars in ${paras} paragraphs${text.fallback ? ' (div/br text)' : ''}`;
  if (chars >= 3000 && paras >= 6) out.push(sig(`long text block: ${desc}`, W.TEXT_LONG));
  else if (chars >= 1500 && paras >= 4) out.push(sig(`text block: ${desc}`, W.TEXT_MEDIUM));
  else if (chars >= 800 && paras >= 3) out.push(sig(`short text block: ${desc}`, W.TEXT_SHORT));
  else if (chars >= 400 && (paras >= 2 || chars >= 600)) out.push(sig(`stub text block: ${desc}`, W.TEXT_STUB));
  else if (chars < 250) out.push(sig(`no text block (${Math.round(chars)} chars)`, W.TEXT_NONE));
  else out.push(sig(`thin text block: ${desc}`, W.TEXT_THIN));

  if (text.teaserList && chars < 1000) {
    out.push({ ...sig(`teaser list: ${text.teaserList.teasers} headline links over ${text.teaserList.paragraphs} summaries`, W.TEASER_LIST), group: 'teasers' });
  }
  const teasers = teaserTargets(scan.headings, siteOf(url)).size;
  if (teasers >= 25 && chars < 2500) out.push({ ...sig(`${teasers} same-site headline links and no long body`, W.MANY_TEASERS + W.VERY_MANY_TEASERS), group: 'teasers' });
  else if (teasers >= 12 && chars < 1200) out.push({ ...sig(`${teasers} same-site headline links and no body`, W.MANY_TEASERS), group: 'teasers' });

  if (scan.passwordField && chars < 800) out.push(sig('password field and no body', W.LOGIN_FORM));

  // Byline and date are looked for next to the body and next to a headline-like <h1>; the first
  // hit counts. Teaser cards' bylines and dates are next to neither.
  const body = text.body && chars >= 400 ? text.body : null;
  let h1 = headlineElement(scan, body);
  let h1Text = h1 ? headingText(h1) : '';
  let headlineLike = isHeadlineLike(h1Text);
  if (!headlineLike) {
    // Some pages put the site logo in <h1> and the story title in an <h2>/<h3>; the heading that
    // repeats the document's title is the story's.
    const t = titleHeading(doc, scan);
    if (t) {
      h1 = t;
      h1Text = headingText(t);
      headlineLike = true;
    }
  }
  const scopes: { scope: Element; anchor: Element }[] = [];
  if (body) scopes.push({ scope: scopeOf(body, scan), anchor: body });
  if (h1 && headlineLike) scopes.push({ scope: headerScope(h1), anchor: h1 });

  let byline: string | null = null;
  let date: string | null = null;
  for (const { scope, anchor } of scopes) {
    byline ??= findByline(scan, scope, anchor);
    date ??= findDate(scan, scope, anchor);
  }
  if (byline) out.push(sig(`byline: ${byline}`, W.BYLINE));
  if (date) out.push(sig(`date next to the story: ${date}`, W.DATE_NEAR_BODY));
  const first = body ? firstParagraphText(body) : null;
  const dateline = first != null && DATELINE.test(first);
  if (dateline) out.push(sig(`dateline: ${first!.slice(0, 40)}`, W.DATELINE));
  if (h1Text && ERROR_PAGE.test(h1Text) && !out.some((x) => x.name.startsWith('error page'))) out.push(sig(`error page heading: ${h1Text.slice(0, 60)}`, W.ERROR_PAGE));
  else if (headlineLike) out.push(sig(`headline: ${h1Text.slice(0, 60)}`, W.HEADLINE));
  if (body && !byline && !date && !dateline && !facts.articleMarks) out.push(sig('text without byline, date or article metadata', W.TEXT_WITHOUT_ARTICLE_MARKS));
  if ((scan.infobox || scan.toc) && !byline && !date) out.push(sig('encyclopedia layout (infobox / contents) without byline or date', W.ENCYCLOPEDIA_NO_BYLINE));
}

function sig(name: string, weight: number): Signal {
  return { source: 'detector', name, raw: name.length > 120 ? name.slice(0, 119) + '…' : name, weight };
}

function headingText(h: Element): string {
  return (h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
}

function isHeadlineLike(text: string): boolean {
  return text.split(' ').filter(Boolean).length >= 4 || weightedLength(text) >= 25;
}

/**
 * The story's `<h1>`: near the body (outside it) if there is one, else anywhere outside chrome; the
 * first headline-like one that is not a link (section names in `<h1><a>` are not headlines), else the
 * first non-empty one.
 */
function headlineElement(scan: PageScan, body: Element | null): Element | null {
  const scope = body ? scopeOf(body, scan) : null;
  const near = scope ? scan.h1s.filter((h) => scope.contains(h) && precedes(h, body!)) : [];
  const elsewhere = scan.h1s.slice(0, 8).filter((h) => !inChrome(h) && (!body || precedes(h, body)));
  let first: Element | null = null;
  for (const h of [...near, ...elsewhere]) {
    const t = headingText(h);
    if (!t) continue;
    first ??= h;
    if (isHeadlineLike(t) && h.getElementsByTagName('a').length === 0) return h;
  }
  return first;
}

/** Whether `a` comes before `b` in the document and is not inside it. */
function precedes(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0 && !b.contains(a);
}

/** An h1–h3 outside links, chrome and cards whose headline-like text is part of the document's title. */
function titleHeading(doc: Document, scan: PageScan): Element | null {
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (title.length < 12) return null;
  const candidates = [...scan.h1s, ...scan.headings.slice(0, 40).filter((h) => h.tagName === 'H2' || h.tagName === 'H3')];
  for (const h of candidates) {
    const t = headingText(h).toLowerCase();
    if (t.length < 12 || !isHeadlineLike(t) || !title.includes(t)) continue;
    if (h.getElementsByTagName('a').length > 0 || inChrome(h)) continue;
    let inCard = false;
    for (let cur = h.parentElement; cur && cur.tagName !== 'BODY'; cur = cur.parentElement) {
      if (cur.tagName === 'A' || cur.tagName === 'ARTICLE') inCard = true;
    }
    if (!inCard) return h;
  }
  return null;
}

/** The small region around a headline: its parent, widened while it stays header-sized. */
function headerScope(h1: Element): Element {
  let scope: Element = h1.parentElement ?? h1;
  for (let i = 0; i < 3; i++) {
    const up = scope.parentElement;
    if (!up || up.tagName === 'BODY' || up.tagName === 'HTML') break;
    const len = (up.textContent ?? '').length;
    if (len > 6000 || (len > 2500 && scope !== h1.parentElement)) break;
    scope = up;
  }
  return scope;
}

function findByline(scan: PageScan, scope: Element, anchor: Element): string | null {
  let looked = 0;
  for (const el of scan.bylineCandidates) {
    if (!scope.contains(el)) continue;
    if (++looked > 40) break;
    if (anchor.contains(el) && hasAncestor(el, 'P', anchor)) continue; // an author link inside running text
    const raw = el.textContent ?? '';
    if (raw.length > 600) continue;
    const t = raw.replace(/\s+/g, ' ').trim();
    if (t.length < 3 || t.length > 200 || !/\p{L}{2}/u.test(t)) continue;
    if (inOtherZone(el, anchor, scope.parentElement)) continue;
    return t.slice(0, 80);
  }
  // "By Jane Doe" lines: text nodes that start with a lead-in, in short elements.
  const walker = scope.ownerDocument.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 3000; node = walker.nextNode()) {
    seen++;
    const v = node.nodeValue ?? '';
    if (v.length < 4 || v.length > 200) continue;
    const parent = node.parentElement;
    if (!parent || parent.tagName === 'SCRIPT' || parent.tagName === 'STYLE') continue;
    const start = v.trimStart();
    if (!/^(?:by|written|words|reporting|story|posted|von|par|por|di|door|av|af|autor|auteur|text|tekst|yazan)\b/i.test(start)) continue;
    const line = (parent.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line.length > 150 || !isBylineLine(line)) continue;
    if (inOtherZone(parent, anchor, scope.parentElement)) continue;
    return line.slice(0, 80);
  }
  return null;
}

function hasAncestor(el: Element, tag: string, stop: Element): boolean {
  for (let cur = el.parentElement; cur && cur !== stop; cur = cur.parentElement) if (cur.tagName === tag) return true;
  return false;
}

function findDate(scan: PageScan, scope: Element, anchor: Element): string | null {
  let looked = 0;
  for (const el of scan.dateCandidates) {
    if (!scope.contains(el)) continue;
    if (++looked > 40) break;
    if (inOtherZone(el, anchor, scope.parentElement)) continue;
    const dt = el.getAttribute('datetime') ?? el.getAttribute('content') ?? '';
    if (/(?:19|20)\d\d-\d\d/.test(dt)) return dt.slice(0, 40);
    const raw = el.textContent ?? '';
    if (raw.length > 400) continue;
    const m = DATE_TEXT.exec(raw);
    if (m) return m[0];
  }
  // Text before the body inside the scope (where "Updated …" lines sit); around a headline, the
  // header's whole text.
  const head = anchor.tagName === 'H1' || /^H[23]$/.test(anchor.tagName) ? textOf(scope, anchor, null, 1500) : textOf(scope, anchor, anchor, 1500);
  const m = DATE_TEXT.exec(head);
  return m ? m[0] : null;
}

/** Up to `max` characters of the scope's text, stopping where `stopAt` begins. */
function textOf(scope: Element, anchor: Element, stopAt: Element | null, max: number): string {
  if (scope === stopAt) return '';
  const walker = scope.ownerDocument.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  let s = '';
  let lastParent: Element | null = null;
  let lastSkipped = false;
  for (let node = walker.nextNode(); node && s.length < max; node = walker.nextNode()) {
    if (stopAt && stopAt.contains(node)) break;
    const parent = node.parentElement;
    if (!parent || parent.tagName === 'SCRIPT' || parent.tagName === 'STYLE') continue;
    const value = node.nodeValue ?? '';
    if (!value.trim()) continue;
    // Other stories' cards inside the scope carry their own dates.
    if (parent !== lastParent) {
      lastParent = parent;
      lastSkipped = inOtherZone(parent, anchor, scope.parentElement);
    }
    if (lastSkipped) continue;
    s += ' ' + value;
  }
  return s.replace(/\s+/g, ' ').slice(0, max);
}

function firstParagraphText(body: Element): string | null {
  const ps = body.getElementsByTagName('p');
  for (let i = 0; i < ps.length && i < 5; i++) {
    const t = (ps[i].textContent ?? '').slice(0, 300).replace(/\s+/g, ' ').trim();
    if (t.length >= 40) return t;
  }
  return null;
}
