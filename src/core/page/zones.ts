/**
 * Page zones that never carry the article's own metadata: navigation, footers, related-article cards,
 * "most read" lists, comments, sidebars, ads. Dates and bylines found there belong to other stories.
 * The patterns are data so they can be extended with a test beside each.
 */

import { countByTag } from './elements-by-tag';
import { zoneWords, type ZoneKind } from './zone-words.data';

/** Elements whose whole subtree is boilerplate by semantics. */
const BOILERPLATE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'BUTTON']);

const BOILERPLATE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search', 'menu', 'menubar']);

const OTHER_STORIES: readonly ZoneKind[] = ['comments', 'most-read', 'read-also', 'other-stories'];

/** A table word as a pattern: its hyphens stand for "-", "_" or nothing ("most-read": "mostread", "most_read"). */
function wordPattern(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-_]?')).join('|');
}

/** A token starting with one of `words` (rules: zone-words.data.ts), after an optional short namespace ("c-", "js-"). */
function tokenMatcher(words: readonly string[]): RegExp {
  return new RegExp(`^(?:[a-z]{1,2}-|js-)?(?:${wordPattern(words)})(?:s|es)?(?:$|[-_]|\\d)`, 'u');
}

/**
 * class/id tokens of containers holding other stories (comments, most-read lists, related cards,
 * sidebars, footers): their dates and bylines are not this article's. State and modifier tokens
 * ("has-sidebar", "with-comments") describe the page, not the element, and never match.
 */
export const OTHER_STORIES_TOKEN = tokenMatcher(zoneWords('tokens', OTHER_STORIES));

/** Other-stories compounds that mark a zone wherever they stand in a token ("zox-post-more-wrap", "td-related-posts", "box-mais-lidas"). */
export const OTHER_STORIES_INFIX = new RegExp(`(?:^|[-_])(?:${wordPattern(zoneWords('infixes', OTHER_STORIES))})(?:s|es)?(?:$|[-_])`, 'u');

/** Tokens of page chrome (menus, share bars, ads): no dates live there, but bylines sometimes do. */
export const CHROME_TOKEN = tokenMatcher(zoneWords('tokens', ['chrome']));

/** Accent-, case- and punctuation-free form of a heading or a table phrase, a trailing count dropped ("Comentarios (2)"). */
export function foldHeading(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/(?:^| )\d+$/, '');
}

const ZONE_HEADINGS: ReadonlySet<string> = new Set(zoneWords('headings', OTHER_STORIES).map(foldHeading));

/** Whether a heading's whole text names a box of other stories ("Lesen Sie auch", "Most read", "関連記事"). */
export function isZoneHeadingText(text: string): boolean {
  // The longest table phrase is under 40 characters; a longer heading is a headline.
  return text.length <= 60 && ZONE_HEADINGS.has(foldHeading(text));
}

/** Elements that label a box as a heading does: h2–h4 and bold lead-ins ("<strong>À lire aussi</strong>"). */
const LABEL_TAGS: ReadonlySet<string> = new Set(['H2', 'H3', 'H4', 'STRONG', 'B']);
/** A class naming an element styled as a heading ("box-title", "widget-heading", "titulo"). */
const TITLE_CLASS = /(?:^|[-_\s])(?:title|heading|header|head|hdr|titulo|titolo|titre|titel|tytul|baslik|judul)(?:$|[-_\s])/i;
/** Containers that a heading right before them names: the list or box after "<h3>Leia também</h3>". */
const LABELLED_TAGS: ReadonlySet<string> = new Set(['UL', 'OL', 'DIV', 'SECTION']);
const MAX_LABEL_CHARS = 60;

/**
 * Whether the element is a box of other stories named by its heading (rules: zone-words.data.ts):
 * its first child, with no text before it, is a heading whose whole text is a table phrase
 * ("<section><h3>Lo más visto</h3>…"), or the element is a list or box right after such a heading
 * ("<h3>Leia também</h3><ul>…"). A box holding the page's `<h1>` is never one.
 */
export function isLabelledOtherStories(el: Element): boolean {
  const first = el.firstElementChild;
  const opens = !!first && isZoneLabel(first) && onlyBlankTextBetween(el.firstChild, first);
  const prev = !opens && LABELLED_TAGS.has(el.tagName) ? el.previousElementSibling : null;
  const follows = !!prev && isZoneLabel(prev) && onlyBlankTextBetween(prev.nextSibling, el);
  return (opens || follows) && countByTag(el, 'h1') === 0;
}

/** Whether `el` is a heading, or a wrapper holding nothing but one ("<header><h3>…</h3></header>"), naming a zone. */
function isZoneLabel(el: Element): boolean {
  let label: Element | null = el;
  if (!looksLikeHeading(el)) {
    const only = el.childElementCount === 1 ? el.firstElementChild : null;
    label = only && looksLikeHeading(only) && onlyBlankTextBetween(el.firstChild, only) && onlyBlankTextBetween(only.nextSibling, null) ? only : null;
  }
  if (!label) return false;
  const text = label.textContent ?? '';
  return text.length <= MAX_LABEL_CHARS * 4 && isZoneHeadingText(text.trim());
}

function looksLikeHeading(el: Element): boolean {
  if (LABEL_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading') return true;
  // A styled <div class="box-title">: small, or it is a box with a title class, not a title.
  return el.childElementCount <= 2 && TITLE_CLASS.test(el.getAttribute('class') ?? '');
}

/** Whether the text nodes from `from` up to (not including) `to`, its later sibling (null: the last), are blank. */
function onlyBlankTextBetween(from: ChildNode | null, to: Node | null): boolean {
  for (let n = from; n && n !== to; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return false;
  return true;
}

const MODIFIER_PREFIX = /^(?:has|with|no|is|show|hide|without|js-has|layout)[-_]/i;
/** Spacing utilities named after the zone they make room for ("nav-padding", "header-offset") style layout, not a zone. */
const SPACING_SUFFIX = /[-_](?:padding|margin|spacing|spacer|offset|gap)$/;
/** A chrome-named token that also names the article's own date or byline ("social-date__text", "share-bar__author"). */
const OWN_METADATA_WORD = /(?:date|time|byline|author|published)/;
/**
 * Whether `el` or an ancestor (up to `stopAt` or `<body>`) is chrome or another story's card.
 * `forBylines`: bylines sit in surprising elements of the article itself — an `<aside>` meta column
 * (The Guardian), a `<nav>` (NDTV), a disclosure `<button>` (Deadline) — so byline lookups judge
 * such tags by their class names only.
 */
export function isInBoilerplate(el: Element, stopAt?: Element | null, forBylines = false): boolean {
  for (let cur: Element | null = el; cur && cur.tagName !== 'BODY' && cur !== stopAt; cur = cur.parentElement) {
    // Above the page's main content everything is layout (wrappers named "paywall", "feed", "rail"…).
    if (cur.tagName === 'MAIN' || (cur.tagName === 'ARTICLE' && cur.querySelector('h1'))) return false;
    if (forBylines) {
      // An article's own <footer> ("Posted by …") is part of it; the site's footer is not.
      if ((cur.tagName === 'FOOTER' && !cur.parentElement?.closest('article')) || hasBoilerplateMarks(cur, false) || isLabelledOtherStories(cur)) return true;
      continue;
    }
    if (isBoilerplateElement(cur)) return true;
  }
  return false;
}

/** Whether this one element (not its ancestors) marks a boilerplate zone. */
export function isBoilerplateElement(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tagName)) return true;
  return hasBoilerplateRole(el) || hasBoilerplateMarks(el) || isLabelledOtherStories(el);
}

/** Whether the element's ARIA role or `aria-hidden` marks it as chrome (tags and class names aside). */
export function hasBoilerplateRole(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role.toLowerCase())) return true;
  return el.getAttribute('aria-hidden') === 'true';
}

/** Whether the tag alone makes the element's subtree boilerplate. */
export function isBoilerplateTag(tag: string): boolean {
  return BOILERPLATE_TAGS.has(tag);
}

function hasBoilerplateMarks(el: Element, withChrome = true): boolean {
  return marksAreBoilerplate(el.getAttribute('class'), el.getAttribute('id'), withChrome);
}

/**
 * Whether an element's `class` and `id` name a boilerplate zone (other stories' cards; page chrome
 * too unless `withChrome` is false). The attribute values are passed in so callers that read them
 * once for many checks (see `ZoneMemo`) do not read them again.
 */
export function marksAreBoilerplate(cls: string | null, id: string | null, withChrome = true): boolean {
  if (id && tokenIsBoilerplate(id, withChrome)) return true;
  if (!cls) return false;
  // Long class lists are utility-CSS soup; the first tokens carry the meaning.
  const tokens = cls.slice(0, 200).split(/\s+/);
  for (let i = 0; i < tokens.length && i < 8; i++) if (tokenIsBoilerplate(tokens[i], withChrome)) return true;
  return false;
}

function tokenIsBoilerplate(token: string, withChrome: boolean): boolean {
  if (!token || MODIFIER_PREFIX.test(token) || SPACING_SUFFIX.test(token)) return false;
  // camelCase → kebab-case, so "mostRead" and "most-read" are one token shape.
  const t = token.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return OTHER_STORIES_TOKEN.test(t) || OTHER_STORIES_INFIX.test(t) || (withChrome && CHROME_TOKEN.test(t) && !OWN_METADATA_WORD.test(t));
}
