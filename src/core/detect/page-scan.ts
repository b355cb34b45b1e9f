/**
 * One pass over the page's elements that collects everything the detector's structural signals
 * need: paragraphs, headings, `<article>` count, byline and date candidates, and markers of wikis,
 * code hosting, shops and login forms. A single TreeWalker pass with a few attribute reads per element
 * is much cheaper than a dozen selector queries (and the selector engines of DOM emulators are slow
 * with case-insensitive substring selectors). Work is capped for huge pages.
 */

import { MAX_MICRODATA_ITEMS, microdataItem, type MicrodataItem } from '../structured/microdata';
import { runSteps, type Steps } from '../steps';

/**
 * Most body elements visited; the rest of a huge page is ignored (microdata items too). News pages
 * have a few thousand elements (the dev corpus at most 6,476), and the story comes early in them.
 */
export const MAX_ELEMENTS = 10000;
/** Most `<p>` elements kept for the paragraph walk. */
export const MAX_PARAGRAPHS = 1000;
const MAX_HEADINGS = 1500;
const MAX_CANDIDATES = 400;

export interface PageScan {
  /** The first {@link MAX_PARAGRAPHS} `<p>` elements in document order. */
  paragraphs: Element[];
  /** `<h2>`–`<h5>` elements (teaser headlines are among them). */
  headings: Element[];
  /** `<h1>` elements. */
  h1s: Element[];
  /** Number of `<article>` elements. */
  articleCount: number;
  passwordField: boolean;
  /** Same-site links into a repository tree (`/blob/`, `/tree/`): the page is a code host's. */
  repoLinks: number;
  /** The first shop marker seen (price markup, add-to-cart control), or null. */
  shop: string | null;
  /** MediaWiki page markup (`.mw-parser-output`, `#mw-content-text`, `body.mediawiki`). */
  mediawiki: boolean;
  /** An encyclopedia-style infobox table (`table.infobox`). */
  infobox: boolean;
  /** A table of contents (`#toc`, `.toc`). */
  toc: boolean;
  /** Elements marked as author/byline by markup, class or link target. */
  bylineCandidates: Element[];
  /** Elements that may carry a timestamp (`<time>`, itemprop dates, date/time classes). */
  dateCandidates: Element[];
  /** Elements visited. */
  visited: number;
  /** The document's microdata items, as `readMicrodata` reads them (collected in the same walk). */
  microdata: MicrodataItem[];
}

/** Cheap pre-filter for class/id values worth a closer look. */
const MARK_HINT = /byline|author|autor|auteur|writer|reporter|journalist|date|time|posted|published|cart|basket|buy-?box|infobox|toc|mw-|mediawiki|price/i;
const BYLINE_CLASS = /byline|author|autor|auteur|writer|reporter|journalist/i;
const DATE_CLASS = /date|time(?!line)|posted|published/i;
const SHOP_CLASS = /add-?to-?(?:cart|bag|basket)|addtocart|buy-?box/i;
const AUTHOR_HREF = /\/(?:author|authors|by|staff|people|profile|autor|auteur|editors|contributors|writers|journalists|reporters)\//i;
const ADD_TO_CART_TEXT = /^(?:add to (?:cart|bag|basket|trolley)|buy now|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello|in winkelwagen|sepete ekle|カートに入れる)/i;

/** Body elements visited between two breaks of {@link scanPageSteps}. */
export const SCAN_SLICE = 1500;

/**
 * Scans the document once. `site` is the page's registrable domain (see `siteOf`), used to tell the
 * page's own links from links to other sites.
 */
export function scanPage(doc: Document, site = ''): PageScan {
  return runSteps(scanPageSteps(doc, site));
}

/**
 * {@link scanPage} in steps (see steps.ts), with a break every {@link SCAN_SLICE} body elements: a
 * page of thousands of elements takes tens of milliseconds to scan in code the engine has not
 * optimised yet. A subtree the page removes during a break ends the walk there.
 */
export function* scanPageSteps(doc: Document, site = ''): Steps<PageScan> {
  const scan: PageScan = {
    paragraphs: [], headings: [], h1s: [], articleCount: 0, passwordField: false, repoLinks: 0, shop: null,
    mediawiki: false, infobox: false, toc: false, bylineCandidates: [], dateCandidates: [], visited: 0, microdata: [],
  };
  const top = doc.documentElement;
  if (!top) return scan;
  const root = doc.body ?? top;
  if (/(?:^|\s)mediawiki(?:\s|$)/.test(root.getAttribute('class') ?? '')) scan.mediawiki = true;
  // The walk reads microdata from the start (`<html itemscope itemtype=…>` is common); the scan
  // proper starts at <body>, and the walk stops after MAX_ELEMENTS of it.
  const walker = doc.createTreeWalker(top, 1 /* NodeFilter.SHOW_ELEMENT */);
  let inRoot = root === top;
  readItem(scan, top, top.getAttributeNames());
  let buttons = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (scan.visited >= MAX_ELEMENTS) break;
    if (!inRoot) {
      if (el === root) inRoot = true;
      readItem(scan, el, el.getAttributeNames());
      continue;
    }
    scan.visited++;
    if (scan.visited % SCAN_SLICE === 0) yield;
    const tag = el.tagName;
    // One call lists the attributes present; most elements lack itemprop, id or rel, so those reads are skipped.
    const names = el.getAttributeNames();
    switch (tag) {
      case 'P':
        if (scan.paragraphs.length < MAX_PARAGRAPHS) scan.paragraphs.push(el);
        break;
      case 'H1':
        if (scan.h1s.length < 20) scan.h1s.push(el);
        break;
      case 'H2':
      case 'H3':
      case 'H4':
      case 'H5':
        if (scan.headings.length < MAX_HEADINGS) scan.headings.push(el);
        break;
      case 'ARTICLE':
        scan.articleCount++;
        break;
      case 'TIME':
        pushCapped(scan.dateCandidates, el);
        break;
      case 'ADDRESS':
        pushCapped(scan.bylineCandidates, el);
        break;
      case 'A': {
        const href = names.includes('href') ? el.getAttribute('href') : null;
        if (href) {
          if ((href.includes('/blob/') || href.includes('/tree/')) && isSameSite(href, site)) scan.repoLinks++;
          else if (AUTHOR_HREF.test(href)) pushCapped(scan.bylineCandidates, el);
        }
        const rel = names.includes('rel') ? el.getAttribute('rel') : null;
        if (rel && /\bauthor\b/i.test(rel)) pushCapped(scan.bylineCandidates, el);
        break;
      }
      case 'INPUT': {
        const type = (el.getAttribute('type') ?? '').toLowerCase();
        if (type === 'password') scan.passwordField = true;
        else if (type === 'submit' && !scan.shop && ADD_TO_CART_TEXT.test((el.getAttribute('value') ?? '').trim())) scan.shop = 'add-to-cart button';
        break;
      }
      case 'BUTTON':
        if (!scan.shop && buttons++ < 150 && ADD_TO_CART_TEXT.test((el.textContent ?? '').slice(0, 80).trim())) scan.shop = 'add-to-cart button';
        break;
      case 'FORM':
        if (!scan.shop && /cart|basket/i.test(el.getAttribute('action') ?? '')) scan.shop = 'cart form';
        break;
    }
    if (names.length === 0) continue;
    readItem(scan, el, names);
    const itemprop = names.includes('itemprop') ? el.getAttribute('itemprop') : null;
    if (itemprop) {
      if (/\bauthor\b/i.test(itemprop)) pushCapped(scan.bylineCandidates, el);
      else if (/\bdate(?:Published|Created|Modified)\b/i.test(itemprop)) pushCapped(scan.dateCandidates, el);
      else if (!scan.shop && /^(?:price|offers)$/i.test(itemprop)) scan.shop = `itemprop=${itemprop}`;
    }
    const cls = names.includes('class') ? el.getAttribute('class') : null;
    const id = names.includes('id') ? el.getAttribute('id') : null;
    if (!cls && !id) continue;
    const marks = (cls ? (cls.length > 200 ? cls.slice(0, 200) : cls) : '') + ' ' + (id ?? '');
    if (!MARK_HINT.test(marks)) continue;
    if (BYLINE_CLASS.test(marks) || (names.includes('data-testid') && (el.getAttribute('data-testid') ?? '').toLowerCase().includes('byline'))) pushCapped(scan.bylineCandidates, el);
    if (DATE_CLASS.test(marks)) pushCapped(scan.dateCandidates, el);
    if (!scan.shop && SHOP_CLASS.test(marks)) scan.shop = 'add-to-cart markup';
    if (/(?:^|\s)(?:mw-parser-output|mw-content-text)(?:\s|$)/.test(marks)) scan.mediawiki = true;
    // Encyclopedia infoboxes are tables (news sites' "infobox" fact boxes are divs and asides).
    if (tag === 'TABLE' && /(?:^|\s)infobox/i.test(marks)) scan.infobox = true;
    if (/(?:^|[\s_-])toc(?:$|[\s_-])/i.test(marks)) scan.toc = true;
  }
  return scan;
}

function isSameSite(href: string, site: string): boolean {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(href);
  if (!m) return true; // relative
  const host = m[1].toLowerCase();
  return site !== '' && (host === site || host.endsWith('.' + site));
}

/** Adds the microdata item the element declares (`[itemscope][itemtype]`), if any. */
function readItem(scan: PageScan, el: Element, names: string[]): void {
  if (scan.microdata.length >= MAX_MICRODATA_ITEMS || !names.includes('itemtype') || !names.includes('itemscope')) return;
  const item = microdataItem(el);
  if (item) scan.microdata.push(item);
}

function pushCapped(list: Element[], el: Element): void {
  if (list.length < MAX_CANDIDATES && list[list.length - 1] !== el) list.push(el);
}
