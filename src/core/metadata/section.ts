import type { Evidence } from '../types';
import { typesOf } from '../structured/jsonld';
import { capRaw, cleanText, foldForCompare } from '../page/text';
import type { PageContext } from './context';
import { ROUTE_SEGMENTS, SECTION_WORDS } from './section-words.data';

/** A section name with the evidence it was read from. */
interface Candidate {
  name: string;
  evidence: Evidence;
}

const PLACEHOLDER = new Set<string>(SECTION_WORDS.placeholders);
const NEWS_WORD = new Set<string>(SECTION_WORDS.news);
const ROUTE = new Set<string>([...ROUTE_SEGMENTS.routes, ...ROUTE_SEGMENTS.editions, ...ROUTE_SEGMENTS.feeds]);

/** What a label is worth as a section: a placeholder never, "News" only when nothing more specific exists. */
export function sectionWordKind(name: string): 'placeholder' | 'news' | 'specific' {
  const key = cleanText(name).toLowerCase().replace(/[\s_-]+/g, ' ');
  if (PLACEHOLDER.has(key)) return 'placeholder';
  return NEWS_WORD.has(key) ? 'news' : 'specific';
}

/**
 * The section or desk the article belongs to, from the first source that names a specific one:
 * JSON-LD articleSection, section and sub-category metas, breadcrumbs (JSON-LD, then visible), a link
 * to the section front the page's own address lies under, the section's feed link, a kicker above the
 * headline, and the URL's first meaningful path segment. A generic "News" loses to all of them and is
 * given only when no source names anything else; CMS placeholders ("Uncategorized") never are.
 */
export function extractSection(ctx: PageContext): { section: string | null; evidence: Evidence[] } {
  let fallback: Candidate | null = null;
  for (const source of SOURCES) {
    for (const c of source(ctx)) {
      const name = cleanText(c.name);
      if (!name || name.length > 60) continue;
      const kind = sectionWordKind(name);
      if (kind === 'specific') return { section: name, evidence: [c.evidence] };
      if (kind === 'news') fallback ??= { name, evidence: c.evidence };
    }
  }
  return fallback ? { section: fallback.name, evidence: [fallback.evidence] } : { section: null, evidence: [] };
}

const SOURCES: readonly ((ctx: PageContext) => Iterable<Candidate>)[] = [
  jsonLdSection,
  metaSection,
  subcategoryMeta,
  breadcrumb,
  (ctx) => visibleCrumbs(ctx),
  sectionFrontLink,
  sectionFeedLink,
  (ctx) => labelBefore(ctx, labelMatchers(ctx)[1]),
  urlSection,
];

function* jsonLdSection(ctx: PageContext): Iterable<Candidate> {
  const v = ctx.article?.articleSection;
  for (const s of Array.isArray(v) ? v : [v]) {
    if (typeof s === 'string') yield { name: s, evidence: { source: 'json-ld', detail: 'JSON-LD articleSection', raw: capRaw(s) } };
  }
}

const SECTION_META_KEYS = ['article:section', 'parsely-section', 'section', 'sailthru.section', 'og:section', 'category', 'dc.subject', 'cxenseparse:section'];

function* metaSection(ctx: PageContext): Iterable<Candidate> {
  for (const m of ctx.meta.all(SECTION_META_KEYS)) yield { name: m.value, evidence: { source: 'meta', detail: m.detail, raw: capRaw(m.value) } };
}

/** Meta names for a finer category under a generic one: "subcategory", "sub-section", "…:afp-subcategory". */
const SUBCATEGORY_KEY = /(?:^|[:._-])sub[-_]?(?:category|section)$/i;
/** Tracking codes sites put in the same metas ("m_afp_afpmov", "mov-sn"): lower-case ASCII joined by _ or -. */
const CODE_VALUE = /^[a-z0-9]+(?:[_-][a-z0-9]+)+$/;

function* subcategoryMeta(ctx: PageContext): Iterable<Candidate> {
  const { index } = ctx;
  for (const i of index.byTag('META')) {
    const key = index.attr(i, 'name') ?? index.attr(i, 'property') ?? '';
    const value = cleanText(index.attr(i, 'content') ?? '');
    if (!SUBCATEGORY_KEY.test(key.trim()) || !value || CODE_VALUE.test(value)) continue;
    yield { name: value, evidence: { source: 'meta', detail: `meta[name="${key.trim().slice(0, 60)}"]`, raw: capRaw(value) } };
  }
}

function* breadcrumb(ctx: PageContext): Iterable<Candidate> {
  for (const node of ctx.jsonLd) {
    if (!typesOf(node).some((t) => t.toLowerCase() === 'breadcrumblist')) continue;
    const items = Array.isArray(node.itemListElement) ? (node.itemListElement as Record<string, unknown>[]) : [];
    const names = items
      .map((it) => {
        const item = it?.item as Record<string, unknown> | undefined;
        return cleanText(typeof it?.name === 'string' ? it.name : typeof item?.name === 'string' ? item.name : '');
      })
      .filter((n) => n && !HOME_CRUMB.test(n));
    // The last crumb is often the article itself; the one before it is the section, then its parents.
    const order = names.length >= 2 ? names.slice(0, -1).reverse() : names;
    const evidence: Evidence = { source: 'json-ld', detail: 'JSON-LD BreadcrumbList', raw: capRaw(names.join(' › ')) };
    for (const name of order) yield { name, evidence };
  }
}

/**
 * The folders of a path (its last segment, the page or feed itself, left out) without routes, editions,
 * dates, ids and slugs, lower-case and decoded: "/raksts/zinas/arzemes/story.a387519/" → ["arzemes"].
 */
function meaningfulFolders(pathname: string, keepLast = false): string[] {
  const segs = pathname.split('/').filter(Boolean);
  return (keepLast ? segs : segs.slice(0, -1))
    .map((seg) => {
      try {
        return decodeURIComponent(seg).toLowerCase();
      } catch {
        return seg.toLowerCase();
      }
    })
    .filter((seg) => seg && !isRouteSegment(seg) && seg.split(/[-_]/).filter(Boolean).length <= 3);
}

/** A segment that names no section: a route word, a language or edition, a date, an id, a placeholder. */
function isRouteSegment(seg: string): boolean {
  return ROUTE.has(seg) || LANGUAGE_CODE.test(seg) || /^[\d_.-]+$/.test(seg) || /\d{3,}/.test(seg) || !/[\p{L}]/u.test(seg);
}

/** One- and two-letter routes and language codes, with a region or script: "c", "en", "en-us", "pt_br", "zh-hans". */
const LANGUAGE_CODE = /^[a-z]{1,2}(?:[-_][a-z]{2,4})?$/;

function pageUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    // Only web addresses have sections in their paths (not file:// paths of saved pages).
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

const sameSite = (a: URL, b: URL) => a.hostname.replace(/^www\d?\./, '') === b.hostname.replace(/^www\d?\./, '');
/**
 * A path that ends in a story or a file rather than a folder: a file other than an index page
 * ("…/121210_politics.shtml", the same story in another script; "…/index.xml", a feed), an id or a slug
 * of more than three words.
 */
function isPageAddress(pathname: string): boolean {
  const last = pathname.split('/').filter(Boolean).pop()?.toLowerCase() ?? '';
  if (last.includes('.')) return !/^(?:index|default|home)\.(?:s?html?|php|aspx?|jsp)$/.test(last);
  return /\d{3,}/.test(last) || last.split(/[-_]/).filter(Boolean).length > 3;
}

/** `path` names a section the page lies in: it starts the page's folders (or is all of them). */
const liesUnder = (path: string[], folders: string[]) => path.length > 0 && path.length <= folders.length && path.every((s, k) => s === folders[k]);
const samePath = (a: URL, b: URL) => withoutTrailingSlashes(a.pathname) === withoutTrailingSlashes(b.pathname);

/** The path without its trailing slashes (a loop: `/\/+$/` is quadratic on a path of many slashes). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

/**
 * A link to the section front the article lives under: its path (without routes and editions) is a
 * prefix of the page's folders ("/zinas/arzemes/" on "/raksts/zinas/arzemes/story.a1/"). Sites print
 * it in the header, the breadcrumb or the info bar, with the section's name in the page's language. The
 * deepest such front wins; among equals, one in the article's own header (its label there may be fuller
 * than the site menu's), then the first on the page.
 */
function* sectionFrontLink(ctx: PageContext): Iterable<Candidate> {
  const page = pageUrl(ctx.url);
  if (!page) return;
  const own = meaningfulFolders(page.pathname);
  if (own.length === 0) return;
  const { index } = ctx;
  const found: { name: string; depth: number; inScope: boolean; href: string }[] = [];
  for (const i of index.byTag('A').slice(0, 3000)) {
    const href = index.attr(i, 'href');
    if (!href || href.startsWith('#')) continue;
    let link: URL;
    try {
      link = new URL(href, page);
    } catch {
      continue;
    }
    if (!sameSite(link, page) || samePath(link, page) || isPageAddress(link.pathname)) continue;
    const path = meaningfulFolders(link.pathname, true);
    if (!liesUnder(path, own)) continue;
    const name = cleanText(index.textOf(i, 200));
    if (!name || name.length > 40 || name.split(' ').length > 4 || HOME_CRUMB.test(name)) continue;
    found.push({ name, depth: path.length, inScope: index.contains(ctx.scopeAt, i), href });
  }
  // Stable sort: page order among equals.
  found.sort((a, b) => b.depth - a.depth || Number(b.inScope) - Number(a.inScope));
  for (const f of found) {
    // A label in capitals ("EKONOMİ") is a display style: the same name written normally elsewhere on
    // the page (the site menu's "Ekonomi") is its spelling.
    const spelled = isAllCaps(f.name) ? found.find((g) => !isAllCaps(g.name) && foldForCompare(g.name) === foldForCompare(f.name)) : undefined;
    yield { name: spelled?.name ?? f.name, evidence: { source: 'link', detail: 'link to the section front above the page in the site', raw: capRaw(`${f.name} <${f.href}>`) } };
  }
}

const isAllCaps = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

/** "RSS - 两岸三地", "Atom feed: Politics": the feed title's words that are not the feed's. */
const FEED_WORDS = /^(?:rss|atom|feed|rss feed|atom feed|rss 2\.0|订阅|訂閱)$/i;

/**
 * The section's own feed, linked in the head: `<link rel="alternate" type="application/rss+xml"
 * href="/zhongwen/simp/chinese_news/index.xml" title="RSS - 两岸三地">` when the feed's folder is one
 * the page lies in. Its title, without the feed words, names the section.
 */
function* sectionFeedLink(ctx: PageContext): Iterable<Candidate> {
  const page = pageUrl(ctx.url);
  if (!page) return;
  const own = meaningfulFolders(page.pathname);
  if (own.length === 0) return;
  const { index } = ctx;
  for (const i of index.byTag('LINK')) {
    if (!/\balternate\b/i.test(index.attr(i, 'rel') ?? '') || !/(?:rss|atom)\+xml/i.test(index.attr(i, 'type') ?? '')) continue;
    const href = index.attr(i, 'href');
    const title = index.attr(i, 'title') ?? '';
    if (!href || !title) continue;
    let link: URL;
    try {
      link = new URL(href, page);
    } catch {
      continue;
    }
    if (!sameSite(link, page) || !liesUnder(meaningfulFolders(link.pathname), own)) continue;
    // Whitespace collapsed first: a separator pattern with `\s+` on both sides backtracks on long runs of spaces.
    const parts = cleanText(title).split(/ [-–—|:] | ?[|:：] ?/).map((p) => cleanText(p)).filter((p) => p && !FEED_WORDS.test(p));
    if (parts.length !== 1) continue;
    yield { name: parts[0], evidence: { source: 'link', detail: 'the section\'s feed link', raw: capRaw(`${title} <${href}>`) } };
  }
}

/** The URL's first path segment that is not a route, an edition, a date or an id; never the last (the slug). */
function* urlSection(ctx: PageContext): Iterable<Candidate> {
  const page = pageUrl(ctx.url);
  if (!page) return;
  const path = page.pathname.split('/').filter(Boolean);
  if (path.length < 2) return;
  for (const seg of path.slice(0, -1)) {
    const lower = seg.toLowerCase();
    if (isRouteSegment(lower) || seg.length > 30 || seg.includes('.')) continue;
    const words = seg.split(/[-_]/).filter(Boolean);
    if (words.length === 0 || words.length > 3) continue;
    const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    yield { name, evidence: { source: 'url', detail: 'first meaningful path segment of the URL', raw: capRaw(ctx.url) } };
    return;
  }
}

/** Visible section labels above the headline: breadcrumbs, kickers, category labels (site knowledge as data). */
export const SECTION_LABEL_SELECTORS = [
  // Breadcrumbs name the section; kickers sometimes name a topic instead, so they come second.
  ['[class*="breadcrumb" i] a', '[class*="crumbs" i] a', '[class*="brotkrumen" i] a', '[aria-label*="breadcrumb" i] a', '[class*="fil-ariane" i] a', '[class*="migas" i] a'].join(', '),
  ['[class*="kicker" i]', '[class*="eyebrow" i]', '[class*="rubric" i]', '[class*="rubrique" i]', '[class*="category" i] a', '[class*="section-label" i]', '[class*="section-name" i]'].join(', '),
];

const BREADCRUMB_CLASS = ['breadcrumb', 'crumbs', 'brotkrumen', 'fil-ariane', 'migas'];
const KICKER_CLASS = ['kicker', 'eyebrow', 'rubric', 'rubrique', 'section-label', 'section-name'];

/**
 * {@link SECTION_LABEL_SELECTORS} as tests on the page index (the selectors stay as documentation and
 * evidence): links inside a breadcrumb trail; kicker-like labels and links inside a category box.
 */
function labelMatchers(ctx: PageContext, scopeAt = ctx.scopeAt): ((i: number) => boolean)[] {
  const { index } = ctx;
  const cls = (i: number) => index.lowerClassOf(i);
  // The container must be the scope or inside it, as jsdom's scoped queries match these selectors: a
  // <body class="… f_breadcrumbs_use_schemaorg_on …"> feature flag does not make every link a breadcrumb.
  const inCrumbs = index.selfOrAncestor((i) => i >= scopeAt && (BREADCRUMB_CLASS.some((w) => cls(i).includes(w)) || !!index.attr(i, 'aria-label')?.toLowerCase().includes('breadcrumb')));
  const inCategory = index.selfOrAncestor((i) => i >= scopeAt && cls(i).includes('category'));
  const isLink = (i: number) => index.tags[i] === 'A' && index.parent[i] >= 0;
  return [
    (i) => isLink(i) && inCrumbs(index.parent[i]),
    (i) => KICKER_CLASS.some((w) => cls(i).includes(w)) || (isLink(i) && inCategory(index.parent[i])),
  ];
}

/** Visible breadcrumbs above the headline: in the article's scope, then just outside it in the same parent. */
function* visibleCrumbs(ctx: PageContext): Iterable<Candidate> {
  yield* labelBefore(ctx, labelMatchers(ctx)[0]);
  // The breadcrumb trail often sits just outside the <article>, before it in the same <main>: read the
  // scope's parent for breadcrumbs only (kickers there may label other things), above the headline.
  const parent = ctx.index.parent[ctx.scopeAt];
  if (parent >= 0 && !OUTER_TAGS.has(ctx.index.tags[parent])) yield* labelBefore(ctx, labelMatchers(ctx, parent)[0], parent);
}

const OUTER_TAGS: ReadonlySet<string> = new Set(['BODY', 'HTML']);

/** A breadcrumb's first link, the site's home page, in the languages we read. */
const HOME_CRUMB = /^(?:home|homepage|startseite|accueil|inicio|início|portada|anasayfa|ana sayfa|главная|головна|strona główna|beranda|trang chủ|首页|首頁|ホーム|홈|الرئيسية|الصفحة الرئيسية|דף הבית|होम)$/iu;

/** Labels above the headline matching `matches`, the last (the deepest crumb) first. */
function labelBefore(ctx: PageContext, matches: (i: number) => boolean, scopeAt = ctx.scopeAt): Candidate[] {
  const { index } = ctx;
  const h1 = index.firstTagWithin('H1', scopeAt);
  const crumbs: string[] = [];
  let n = 0;
  for (let i = scopeAt + 1; i <= index.end[scopeAt] && n < 20; i++) {
    if (!matches(i)) continue;
    n++;
    // Labels after the headline are tags or related links, not the story's section.
    if (h1 >= 0 && !(h1 > i)) continue;
    const name = cleanText(index.textOf(i));
    if (!name || name.length > 40 || name.split(' ').length > 4 || HOME_CRUMB.test(name)) continue;
    crumbs.push(name);
  }
  const evidence: Evidence = { source: 'visible-text', detail: 'section label above the headline', raw: capRaw(crumbs.join(' › ')) };
  return crumbs.reverse().map((name) => ({ name, evidence }));
}
