/**
 * Page zones that never carry the article's own metadata: navigation, footers, related-article cards,
 * "most read" lists, comments, sidebars, ads. Dates and bylines found there belong to other stories.
 * The patterns are data so they can be extended with a test beside each.
 */

/** Elements whose whole subtree is boilerplate by semantics. */
const BOILERPLATE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'BUTTON']);

const BOILERPLATE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search', 'menu', 'menubar']);

/**
 * class/id fragments of containers holding other stories or chrome. Matched as whole tokens or
 * token prefixes/suffixes separated by - or _ (so "related-articles", "mostRead", "comments-list").
 */
export const BOILERPLATE_CLASS_PATTERN =
  /(?:^|[\s_-])(?:related|relacionad|correlat|verwandt|recommend|recirc|more-?stories|more-?news|read-?more|most-?(?:read|popular|viewed|shared)|popular|trending|top-?stories|latest|sidebar|side-?bar|rail|widget|comment|disqus|discussion|footer|foot|nav|navbar|menu|breadcrumb|newsletter|subscribe|promo|advert|ad-?slot|ads|sponsor|outbrain|taboola|share|social|tags?|topics|teaser|card-?list|list-?item|headlines|carousel|slider|ticker|cookie|consent|modal|overlay|paywall|signup|login|masthead|header-?nav|site-?header|tools)(?:s|es)?(?=$|[\s_-]|[A-Z0-9])/i;

/** Whether `el` or an ancestor is chrome or another story's card. Stops at `<body>`. */
export function isInBoilerplate(el: Element, stopAt?: Element | null): boolean {
  for (let cur: Element | null = el; cur && cur.tagName !== 'BODY' && cur !== stopAt; cur = cur.parentElement) {
    if (isBoilerplateElement(cur)) return true;
  }
  return false;
}

/** Whether this one element (not its ancestors) marks a boilerplate zone. */
export function isBoilerplateElement(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role.toLowerCase())) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const marks = classAndId(el);
  return marks !== '' && BOILERPLATE_CLASS_PATTERN.test(marks);
}

function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (!cls && !id) return '';
  // Long class lists are utility-CSS soup; the first few tokens carry the meaning.
  return (cls.length > 200 ? cls.slice(0, 200) : cls) + ' ' + id;
}
