import { readJsonLd, typesOf, isArticleType, type JsonLdNode } from '../structured/jsonld';
import { MetaIndex, type MetaValue } from '../structured/meta-index';
import { findArticleRootIndex, findArticleScopeIndex } from '../page/article-root';
import { findBylines, type BylineText } from '../page/bylines';
import { PageIndex } from '../page/page-index';
import { zonesOf, type ZoneMemo } from '../page/zone-memo';
import { cleanText, decodeEntities } from '../page/text';
import { runSteps, type Steps } from '../steps';
import { agencyForHost } from '../sources/registry';
import type { AgencyRecord } from '../sources/agencies.data';

/** A name read from structured data with where it came from. */
export interface SourcedName {
  value: string;
  detail: string;
}

/**
 * What every metadata extractor reads, computed once per page: structured data, the meta index,
 * the article's body and scope, bylines and lead paragraphs.
 */
export interface PageContext {
  doc: Document;
  url: string;
  /** The page's elements and text, walked once (extractors read it instead of querying the DOM). */
  index: PageIndex;
  /** Boilerplate-zone answers for the page's elements, shared by all extractors. */
  zones: ZoneMemo;
  /** Lower-case host without a leading "www.". */
  host: string;
  jsonLd: JsonLdNode[];
  /** The main article node of the JSON-LD, if any. */
  article: JsonLdNode | null;
  meta: MetaIndex;
  /** The element holding the body paragraphs. */
  root: Element | null;
  /** `root`'s index, -1 for none. */
  rootAt: number;
  /** The region around headline and body where bylines and timestamps live. */
  scope: Element;
  /** `scope`'s index. */
  scopeAt: number;
  leadParagraphs: string[];
  bylineTexts: BylineText[];
  authorMetaValues: MetaValue[];
  jsonLdCreditNames: SourcedName[];
  hostAgency: AgencyRecord | null;
}

/** Meta keys that name the article's author(s). */
export const AUTHOR_META_KEYS = [
  'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator',
  'citation_author', 'byl', 'cxenseparse:author', 'twitter:data1:author',
] as const;

/** Builds the shared context; `index` is the page's index when the caller has built it already. */
export function buildContext(doc: Document, url: string, index?: PageIndex): PageContext {
  return runSteps(contextSteps(doc, url, index));
}

/** {@link buildContext} in steps (see steps.ts): the article root and the bylines are the long ones on big pages. */
export function* contextSteps(doc: Document, url: string, index: PageIndex = new PageIndex(doc)): Steps<PageContext> {
  const zones = zonesOf(index);
  const jsonLd = readJsonLd(doc, index);
  const article = pickArticleNode(jsonLd);
  yield;
  const rootAt = findArticleRootIndex(index);
  yield;
  const scopeFound = findArticleScopeIndex(index, rootAt);
  const scopeAt = scopeFound >= 0 ? scopeFound : Math.max(0, index.indexOf(doc.body));
  const meta = new MetaIndex(doc, index);
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    host = '';
  }
  const bylineTexts = findBylines(index, zones, scopeAt, rootAt >= 0 ? firstParagraphOr(index, rootAt) : -1);
  yield;
  return {
    doc,
    url,
    index,
    zones,
    host,
    jsonLd,
    article,
    meta,
    root: rootAt >= 0 ? index.elements[rootAt] : null,
    rootAt,
    scope: index.elements[scopeAt],
    scopeAt,
    leadParagraphs: leadParagraphs(index, zones, rootAt),
    bylineTexts,
    authorMetaValues: meta.all(AUTHOR_META_KEYS),
    jsonLdCreditNames: article ? creditNames(article, jsonLd) : [],
    hostAgency: host ? agencyForHost(host) : null,
  };
}

/** Types that describe a site, a part of a page or a party, never the page's main work. */
const NOT_A_WORK = /^(?:organization|newsmediaorganization|person|imageobject|website|breadcrumblist|listitem|itemlist|searchaction|sitenavigationelement|wpheader|wpfooter|place|postaladdress|contactpoint|brand|offer|aggregaterating|rating)$/i;

/**
 * The JSON-LD node describing this page's article: an article type, preferring one with a headline
 * and date; failing that, another creative work with a date or headline (a Review, a WebPage).
 */
export function pickArticleNode(nodes: JsonLdNode[]): JsonLdNode | null {
  return bestNode(nodes, (n) => typesOf(n).some(isArticleType)) ??
    bestNode(nodes, (n) => (n.datePublished != null || n.headline != null) && !typesOf(n).every((t) => NOT_A_WORK.test(t)));
}

function bestNode(nodes: JsonLdNode[], accept: (n: JsonLdNode) => boolean): JsonLdNode | null {
  let best: JsonLdNode | null = null;
  let bestScore = -1;
  for (const node of nodes) {
    if (!accept(node)) continue;
    const score = (node.headline ? 2 : 0) + (node.datePublished ? 2 : 0) + (node.author ? 1 : 0) + (node.articleBody ? 1 : 0);
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}

/** Resolves `{"@id": …}` references against the page's nodes (JSON-LD @graph style). */
export function resolveRef(value: unknown, nodes: JsonLdNode[]): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const id = obj['@id'];
    if (typeof id === 'string' && Object.keys(obj).length <= 2) {
      const found = nodes.find((n) => n['@id'] === id && n !== value);
      if (found) return found;
    }
  }
  return value;
}

/** Values of a JSON-LD property as a flat list, with references resolved. */
export function jsonLdValues(node: JsonLdNode, prop: string, nodes: JsonLdNode[]): unknown[] {
  const v = node[prop];
  if (v == null) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => resolveRef(x, nodes)).filter((x) => x != null);
}

/** The display name of a JSON-LD value (a string or an object with a name). */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return cleanText(decodeEntities(value)) || null;
  if (value && typeof value === 'object') {
    const name = (value as Record<string, unknown>).name;
    if (typeof name === 'string') return cleanText(decodeEntities(name)) || null;
    if (Array.isArray(name) && typeof name[0] === 'string') return cleanText(name[0]) || null;
    const given = (value as Record<string, unknown>).givenName;
    const family = (value as Record<string, unknown>).familyName;
    if (typeof given === 'string' || typeof family === 'string') return cleanText(`${given ?? ''} ${family ?? ''}`) || null;
  }
  return null;
}

function creditNames(article: JsonLdNode, nodes: JsonLdNode[]): SourcedName[] {
  const out: SourcedName[] = [];
  for (const prop of ['author', 'creator', 'sourceOrganization', 'contributor', 'provider']) {
    for (const v of jsonLdValues(article, prop, nodes)) {
      const name = nameOf(v);
      if (name) out.push({ value: name, detail: `JSON-LD ${typesOf(article)[0] ?? 'Article'}.${prop}` });
    }
  }
  return out;
}

function leadParagraphs(index: PageIndex, zones: ZoneMemo, root: number): string[] {
  if (root < 0) return [];
  const out: string[] = [];
  const ps = index.byTagWithin('P', root);
  for (let i = 0; i < ps.length && out.length < 3; i++) {
    // A "read also" box between the first paragraphs holds another story's lead ("Rzeszów (PAP) - …").
    if (zones.at(ps[i], root)) continue;
    const t = cleanText(index.textPrefix(ps[i], 600));
    if (t.length >= 20) out.push(t);
  }
  return out;
}

/** The first `<p>` inside element `i`, else `i` itself: where the body text begins. */
function firstParagraphOr(index: PageIndex, i: number): number {
  const p = index.firstTagWithin('P', i);
  return p >= 0 ? p : i;
}
