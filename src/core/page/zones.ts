/**
 * Page zones that never carry the article's own metadata: navigation, footers, related-article cards,
 * "most read" lists, comments, sidebars, ads. Dates and bylines found there belong to other stories.
 * The patterns are data so they can be extended with a test beside each.
 */

/** Elements whose whole subtree is boilerplate by semantics. */
const BOILERPLATE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'BUTTON']);

const BOILERPLATE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search', 'menu', 'menubar']);

/**
 * class/id tokens of containers holding other stories: their dates and bylines are not this
 * article's. A token matches when it starts with one of these words (optionally after a short
 * namespace like "c-" or "js-") followed by nothing, "s", or a separator: "related-articles",
 * "mostRead", "comments-list". State and modifier tokens ("has-sidebar", "with-comments") describe
 * the page, not the element, and never match.
 */
export const OTHER_STORIES_TOKEN =
  /^(?:[a-z]{1,2}-|js-)?(?:related|relacionad|correlat|recommend|recirc|more-?stories|more-?news|read-?more|most-?(?:read|popular|viewed|shared)|popular|trending|top-?stories|sidebar|side-?bar|rail|right-?rail|comment|disqus|discussion|footer|newsletter|promo|outbrain|taboola|teaser|card-?list|headlines|carousel|ticker|site-?footer|global-?footer)(?:s|es)?(?:$|[-_]|\d)/;

/** Other-stories words that mark a zone wherever they stand in a token ("zox-post-more-wrap", "td-related-posts"). */
export const OTHER_STORIES_INFIX = /(?:^|[-_])(?:more-?posts?|post-?more|more-?articles?|related-?posts?|related-?articles?)(?:$|[-_])/;

/** Tokens of page chrome (menus, share bars, ads): no dates live there, but bylines sometimes do. */
export const CHROME_TOKEN =
  /^(?:[a-z]{1,2}-|js-)?(?:nav|navbar|navigation|menu|breadcrumbs?|subscribe|advert|advertisement|ad-?slot|ad-?container|ads|sponsor|share|sharing|social|cookie|consent|signup|masthead|site-?header|global-?header)(?:s|es)?(?:$|[-_]|\d)/;

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
      if ((cur.tagName === 'FOOTER' && !cur.parentElement?.closest('article')) || hasBoilerplateMarks(cur, false)) return true;
      continue;
    }
    if (isBoilerplateElement(cur)) return true;
  }
  return false;
}

/** Whether this one element (not its ancestors) marks a boilerplate zone. */
export function isBoilerplateElement(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tagName)) return true;
  return hasBoilerplateRole(el) || hasBoilerplateMarks(el);
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
