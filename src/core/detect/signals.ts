import type { EvidenceSource } from '../types';
import { readJsonLd, typesOf, type JsonLdNode } from '../structured/jsonld';
import { metaContent, readMetaTags } from '../structured/meta';
import type { MicrodataItem } from '../structured/microdata';
import { urlShape, type UrlShape } from './url-shape';
import type { PageScan } from './page-scan';
import { W } from './weights';

/** One observation with its weight (log-odds) and where it came from. */
export interface Signal {
  source: EvidenceSource;
  /** Short name of the signal, e.g. `og:type=article`. */
  name: string;
  /** The raw text it was read from (capped). */
  raw: string;
  weight: number;
  /**
   * Signals that measure the same underlying fact share a group; the group's total is capped
   * (see `GROUP_CAPS` in weights.ts) so one fact is not counted three times.
   */
  group?: 'teasers';
}

const cap = (s: string, n = 120) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

// ── JSON-LD ──────────────────────────────────────────────────────────────────────────────

const NEWS_TYPES = new Set([
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle',
  'reviewnewsarticle', 'askpublicnewsarticle', 'satiricalarticle', 'liveblogposting', 'article', 'report',
  'advertisercontentarticle',
]);
const BLOG_TYPES = new Set(['blogposting']);
const OTHER_ARTICLE_TYPES = new Set(['techarticle', 'scholarlyarticle', 'medicalscholarlyarticle', 'criticreview']);
const MEDIA_TYPES = new Set(['videoobject', 'podcastepisode', 'podcastseries', 'audioobject', 'radioepisode', 'episode', 'tvepisode', 'movie', 'musicrecording', 'musicalbum', 'clip', 'videogallery', 'imagegallery', 'mediagallery']);
const PRODUCT_TYPES = new Set(['product', 'productgroup', 'productmodel', 'offer', 'aggregateoffer', 'individualproduct', 'car', 'vehicle']);
const SOCIAL_TYPES = new Set(['socialmediaposting', 'discussionforumposting']);
const SOFTWARE_TYPES = new Set(['softwaresourcecode', 'softwareapplication', 'mobileapplication', 'webapplication']);
const PROFILE_PAGE_TYPES = new Set(['profilepage', 'aboutpage', 'contactpage', 'checkoutpage']);
const QA_PAGE_TYPES = new Set(['faqpage', 'qapage']);
const PERSON_EVENT_TYPES = new Set(['person', 'event', 'sportsevent', 'musicevent']);

function lowerTypes(node: JsonLdNode): string[] {
  return typesOf(node).map((t) => t.toLowerCase());
}

function str(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0].trim();
  return '';
}

/** JSON-LD signals: the main node's type decides; teaser feeds and listing page types count against. */
export function jsonLdSignals(doc: Document, out: Signal[]): { ldArticle: boolean } {
  let nodes: JsonLdNode[];
  try {
    nodes = readJsonLd(doc);
  } catch {
    return { ldArticle: false };
  }
  if (nodes.length === 0) return { ldArticle: false };

  const articles: { node: JsonLdNode; kind: 'news' | 'blog' | 'other'; type: string }[] = [];
  const headlines = new Set<string>();
  /** Lower-cased type → the type as written. */
  const seenTypes = new Map<string, string>();
  let itemList: JsonLdNode | null = null;
  for (const node of nodes) {
    const types = lowerTypes(node);
    for (const t of typesOf(node)) if (!seenTypes.has(t.toLowerCase())) seenTypes.set(t.toLowerCase(), t);
    const type = typesOf(node).find((t) => NEWS_TYPES.has(t.toLowerCase()) || BLOG_TYPES.has(t.toLowerCase()) || OTHER_ARTICLE_TYPES.has(t.toLowerCase()));
    if (type) {
      const t = type.toLowerCase();
      articles.push({ node, kind: NEWS_TYPES.has(t) ? 'news' : BLOG_TYPES.has(t) ? 'blog' : 'other', type });
      headlines.add(str(node.headline) || str(node.name) || str(node.url) || String(articles.length));
    }
    if (types.includes('itemlist') && Array.isArray(node.itemListElement) && node.itemListElement.length >= 3) itemList ??= node;
  }

  let ldArticle = false;
  if (headlines.size >= 3) {
    out.push({ source: 'json-ld', name: `JSON-LD has ${headlines.size} article nodes (a feed)`, raw: cap([...headlines].slice(0, 3).join(' | ')), weight: W.LD_ARTICLE_FEED });
  } else if (articles.length > 0) {
    // Prefer a news type, then the most complete node.
    const rank = (a: (typeof articles)[number]) => (a.kind === 'news' ? 4 : a.kind === 'blog' ? 2 : 0) + (str(a.node.headline) ? 1 : 0) + (str(a.node.datePublished) ? 1 : 0);
    const main = articles.reduce((best, a) => (rank(a) > rank(best) ? a : best));
    ldArticle = true;
    const weight = main.kind === 'news' ? W.LD_NEWS_ARTICLE : main.kind === 'blog' ? W.LD_BLOG_POSTING : W.LD_OTHER_ARTICLE;
    out.push({ source: 'json-ld', name: `JSON-LD @type ${main.type}`, raw: cap(str(main.node.headline) || main.type), weight });
    if (str(main.node.headline) && str(main.node.datePublished)) {
      out.push({ source: 'json-ld', name: 'JSON-LD article has headline and datePublished', raw: cap(str(main.node.datePublished)), weight: W.LD_ARTICLE_COMPLETE });
    }
  }
  if (!ldArticle && itemList) {
    out.push({ source: 'json-ld', name: 'JSON-LD ItemList without a main article', raw: `${(itemList.itemListElement as unknown[]).length} items`, weight: W.LD_ITEM_LIST });
  }

  const has = (set: Set<string>) => {
    for (const [lower, written] of seenTypes) if (set.has(lower)) return written;
    return undefined;
  };
  let t: string | undefined;
  if (seenTypes.has('searchresultspage')) out.push({ source: 'json-ld', name: 'JSON-LD @type SearchResultsPage', raw: 'SearchResultsPage', weight: W.LD_SEARCH_RESULTS });
  if (seenTypes.has('collectionpage') && !ldArticle) out.push({ source: 'json-ld', name: 'JSON-LD @type CollectionPage', raw: 'CollectionPage', weight: W.LD_COLLECTION_PAGE });
  if ((t = has(PROFILE_PAGE_TYPES))) out.push({ source: 'json-ld', name: `JSON-LD @type ${t}`, raw: t, weight: ldArticle ? W.LD_PROFILE_PAGE / 2 : W.LD_PROFILE_PAGE });
  if ((t = has(QA_PAGE_TYPES)) && !ldArticle) out.push({ source: 'json-ld', name: `JSON-LD @type ${t}`, raw: t, weight: W.LD_QA_PAGE });
  if ((t = has(PRODUCT_TYPES))) out.push({ source: 'json-ld', name: `JSON-LD @type ${t}`, raw: t, weight: ldArticle ? W.LD_PRODUCT / 2 : W.LD_PRODUCT });
  if (!ldArticle) {
    if ((t = has(MEDIA_TYPES))) out.push({ source: 'json-ld', name: `JSON-LD main @type ${t}`, raw: t, weight: W.LD_MEDIA_MAIN });
    if ((t = has(SOCIAL_TYPES))) out.push({ source: 'json-ld', name: `JSON-LD main @type ${t}`, raw: t, weight: W.LD_SOCIAL_POST });
    if ((t = has(SOFTWARE_TYPES))) out.push({ source: 'json-ld', name: `JSON-LD main @type ${t}`, raw: t, weight: W.LD_SOFTWARE });
    // A Person or Event is only the page's subject when nothing else is (articles name authors as Person).
    const mainish = nodes.filter((n) => !lowerTypes(n).some((x) => x === 'website' || x === 'organization' || x === 'newsmediaorganization' || x === 'breadcrumblist' || x === 'webpage' || x === 'imageobject' || x === 'searchaction'));
    if (mainish.length > 0 && mainish.every((n) => lowerTypes(n).some((x) => PERSON_EVENT_TYPES.has(x)))) {
      out.push({ source: 'json-ld', name: `JSON-LD main @type ${typesOf(mainish[0])[0]}`, raw: typesOf(mainish[0])[0], weight: W.LD_PERSON_OR_EVENT });
    }
  }
  return { ldArticle };
}

// ── Microdata ───────────────────────────────────────────────────────────────────────────

/**
 * Microdata signals (`itemscope itemtype="…/NewsArticle"`): one or two article items mark an article
 * page (unless JSON-LD already said so); three or more are teaser cards.
 */
export function microdataSignals(items: readonly MicrodataItem[], ldArticle: boolean, out: Signal[]): { mdArticle: boolean } {
  const articles = items.filter((it) => it.types.some((t) => NEWS_TYPES.has(t.toLowerCase()) || BLOG_TYPES.has(t.toLowerCase())));
  // An article item inside another article item (a quoted post…) is part of it.
  const own = articles.filter((a) => !articles.some((b) => b !== a && b.el.contains(a.el)));
  if (own.length >= 3) {
    out.push({ source: 'microdata', name: `${own.length} microdata article items (teaser cards)`, raw: own[0].types[0], weight: W.MICRODATA_ARTICLE_FEED, group: 'teasers' });
    return { mdArticle: false };
  }
  if (own.length === 0) return { mdArticle: false };
  if (!ldArticle) out.push({ source: 'microdata', name: `microdata itemtype ${own[0].types[0]}`, raw: own[0].types[0], weight: W.MICRODATA_ARTICLE });
  return { mdArticle: true };
}

// ── <meta> ───────────────────────────────────────────────────────────────────────────────

/** Meta names that carry an article's publication time. */
export const PUBLISHED_META_NAMES = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'publishdate',
  'publish-date', 'publish_date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dcterms.issued', 'dcterms.created', 'article.published', 'article_date_original', 'cxenseparse:recs:publishtime',
  'originalpublicationdate', 'date_published', 'displaydate', 'citation_publication_date',
];

/** `<meta name="generator">` values of documentation site generators. */
const DOCS_GENERATORS = /\b(?:sphinx|docutils|mkdocs|docusaurus|vitepress|vuepress|gitbook|docsify|rustdoc|mdbook|javadoc|doxygen|jsdoc|typedoc|antora|docfx|starlight|nextra|readthedocs)\b/i;

/** Signals from `<meta>` tags: og:type, publication time, prices, generator. */
export function metaSignals(doc: Document, out: Signal[]): { ogArticle: boolean; published: boolean } {
  let ogArticle = false;
  const tags = readMetaTags(doc);
  const og = metaContent(tags, ['og:type']);
  if (og) {
    const v = og.value.toLowerCase();
    if (v === 'article' || v === 'news' || v === 'newsarticle' || v === 'blog' || v === 'og:article' || v === 'article:news') {
      ogArticle = true;
      out.push({ source: 'meta', name: `og:type=${og.value}`, raw: og.value, weight: W.OG_ARTICLE });
    } else if (v === 'website' || v === 'webpage' || v === 'site') {
      out.push({ source: 'meta', name: `og:type=${og.value}`, raw: og.value, weight: W.OG_WEBSITE });
    } else if (v.startsWith('video') || v.startsWith('music')) {
      out.push({ source: 'meta', name: `og:type=${og.value}`, raw: og.value, weight: W.OG_MEDIA });
    } else if (v.startsWith('product') || v === 'og:product' || v === 'profile' || v.startsWith('business')) {
      out.push({ source: 'meta', name: `og:type=${og.value}`, raw: og.value, weight: W.OG_PRODUCT_OR_PROFILE });
    } else if (v === 'book' || v.startsWith('books')) {
      out.push({ source: 'meta', name: `og:type=${og.value}`, raw: og.value, weight: W.OG_BOOK });
    }
  }
  const pub = metaContent(tags, PUBLISHED_META_NAMES);
  if (pub) out.push({ source: 'meta', name: `meta ${pub.name}`, raw: cap(pub.value), weight: W.META_PUBLISHED });
  const price = metaContent(tags, ['product:price:amount', 'og:price:amount', 'product:price', 'twitter:data1:price']);
  if (price) out.push({ source: 'meta', name: `meta ${price.name}`, raw: cap(price.value), weight: W.META_PRICE });
  const generator = metaContent(tags, ['generator']);
  if (generator && /mediawiki/i.test(generator.value)) out.push({ source: 'meta', name: 'generator=MediaWiki', raw: cap(generator.value), weight: W.MEDIAWIKI });
  else if (generator && DOCS_GENERATORS.test(generator.value)) out.push({ source: 'meta', name: `documentation generator ${cap(generator.value, 40)}`, raw: cap(generator.value), weight: W.DOCS_GENERATOR });
  return { ogArticle, published: pub != null };
}

// ── Document title ───────────────────────────────────────────────────────────────────

/** Titles and headings of error pages ("Page not found", "404", "Seite nicht gefunden"…). */
export const ERROR_PAGE = /^\s*(?:error\s*)?40[34]\s*$|\b(?:page not found|404 not found|not found \(404\)|error 404|404 error|404 page|http 404|couldn[’']?t find (?:that|this|the) page|(?:page|article) (?:does not|doesn[’']?t) exist|seite nicht gefunden|page introuvable|página no encontrada|pagina non trovata|pagina niet gevonden|sayfa bulunamadı)\b|ページが見つかりません/i;

/** An error page's title. */
export function titleSignals(doc: Document, out: Signal[]): void {
  const title = (doc.title ?? '').slice(0, 300);
  if (title && ERROR_PAGE.test(title)) out.push({ source: 'detector', name: `error page title: ${cap(title, 60)}`, raw: cap(title), weight: W.ERROR_PAGE });
}

// ── URL ──────────────────────────────────────────────────────────────────────────────────

/** URL-shape signals, capped on both sides. */
export function urlSignals(url: string, out: Signal[]): UrlShape {
  const shape = urlShape(url);
  const list: Signal[] = [];
  const add = (name: string, weight: number) => list.push({ source: 'detector', name: `URL ${name}`, raw: cap(url, 200), weight });
  if (shape.isHome) add('is a home page', W.URL_HOME);
  if (shape.isSearch && (shape.listing === 'search' || shape.listing === 'suche' || shape.listing === 'recherche' || shape.depth <= 1)) add('is a search', W.URL_SEARCH);
  else if (shape.listing) add(`has listing segment /${shape.listing}/`, W.URL_LISTING);
  if (shape.utility) add(`has utility segment /${shape.utility}/`, W.URL_UTILITY);
  else if (shape.utilityHost) add(`host is a ${shape.utilityHost}. host`, W.URL_UTILITY);
  if (shape.media) add(`has media segment /${shape.media}/`, W.URL_MEDIA);
  if (shape.singleWordPath && !shape.listing && !shape.utility && !shape.media) add('is a single short segment (section-like)', W.URL_SECTION_LIKE);
  if (shape.slugWords >= 5) add(`has a ${shape.slugWords}-word slug`, W.URL_LONG_SLUG);
  else if (shape.slugWords >= 3) add(`has a ${shape.slugWords}-word slug`, W.URL_SHORT_SLUG);
  if (shape.hasDate) add('has a date', W.URL_DATE);
  if (shape.hasId) add('has a numeric id', W.URL_ID);
  if (shape.articleWord && (shape.slugWords >= 3 || shape.hasDate || shape.hasId)) add(`has /${shape.articleWord}/`, W.URL_ARTICLE_WORD);
  // Cap the sums so the URL alone never decides.
  const pos = list.filter((s) => s.weight > 0).reduce((a, s) => a + s.weight, 0);
  const neg = list.filter((s) => s.weight < 0).reduce((a, s) => a + s.weight, 0);
  const posScale = pos > W.URL_MAX_POSITIVE ? W.URL_MAX_POSITIVE / pos : 1;
  const negScale = neg < W.URL_MAX_NEGATIVE ? W.URL_MAX_NEGATIVE / neg : 1;
  for (const s of list) out.push({ ...s, weight: s.weight * (s.weight > 0 ? posScale : negScale) });
  return shape;
}

// ── Page structure (from the page scan) ────────────────────────────────────────────────

/** Structural signals: wiki markup, code hosting, shop markup, `<article>` count. */
export function structureSignals(scan: PageScan, out: Signal[]): void {
  if (scan.mediawiki && !out.some((s) => s.name === 'generator=MediaWiki')) {
    out.push({ source: 'detector', name: 'MediaWiki page markup', raw: '.mw-parser-output', weight: W.MEDIAWIKI });
  }
  if (scan.repoLinks >= 5) out.push({ source: 'detector', name: `${scan.repoLinks} links into a repository tree`, raw: 'a[href*="/blob/"]', weight: W.CODE_HOSTING });
  if (scan.shop) out.push({ source: 'detector', name: `shop markup (${scan.shop})`, raw: scan.shop, weight: W.SHOP_MARKUP });
  const n = scan.articleCount;
  if (n >= 6) out.push({ source: 'detector', name: `${n} <article> elements (teaser cards)`, raw: String(n), weight: W.MANY_ARTICLE_ELEMENTS, group: 'teasers' });
  else if (n >= 1 && n <= 2) out.push({ source: 'detector', name: `${n} <article> element(s)`, raw: String(n), weight: W.ONE_ARTICLE_ELEMENT });
  if (scan.infobox) out.push({ source: 'detector', name: 'infobox', raw: '.infobox', weight: W.ENCYCLOPEDIA_LAYOUT });
}
