/**
 * JSON-LD reader shared by the article detector and the metadata extractors.
 *
 * Pages embed schema.org data in `<script type="application/ld+json">` blocks. Real pages get this
 * wrong in many ways (trailing commas, raw newlines inside strings, HTML comment or CDATA wrappers,
 * several objects in one block), so parsing is tolerant: each block is parsed as is, then after a
 * light repair, and skipped when that fails too. One bad block never hides the others.
 */

import type { PageIndex } from '../page/page-index';
import { elementsByTag } from '../page/elements-by-tag';

/** One JSON-LD object that carries an `@type`. Property values are left as parsed (strings, objects, arrays). */
export type JsonLdNode = Record<string, unknown>;

/** Blocks longer than this are skipped (no real page needs 2 MB of JSON-LD; hostile pages might). */
const MAX_BLOCK_CHARS = 2_000_000;
/** At most this many blocks are read per page. */
const MAX_BLOCKS = 50;
/** At most this many nodes are returned per page. */
const MAX_NODES = 500;
/** How deep `@graph` / array / `mainEntity` nesting is followed. */
const MAX_DEPTH = 6;

/**
 * All typed JSON-LD nodes of the page, in document order, as a flat list.
 *
 * - Every `script[type="application/ld+json"]` block is read (type matched case-insensitively).
 * - Top-level arrays and `@graph` arrays are flattened (recursively).
 * - A node's `mainEntity` that is itself a typed object (`WebPage.mainEntity = NewsArticle`) is
 *   lifted into the list right after its parent, because it describes the page's main thing.
 * - Other nested objects (author, publisher, `itemListElement` items…) stay where they are: they
 *   describe other things (e.g. the teasers of a home page's ItemList) and are reachable through
 *   their properties.
 * - Objects without `@type` are not returned (but their `@graph` is followed).
 * - Malformed blocks get one repair attempt ({@link repairJson}); if that fails the block is skipped.
 */
export function readJsonLd(doc: Document, index?: PageIndex): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const scripts = index ? index.byTag('SCRIPT').map((i) => index.elements[i]) : scriptElements(doc);
  let blocks = 0;
  for (let i = 0; i < scripts.length && blocks < MAX_BLOCKS; i++) {
    const type = (scripts[i].getAttribute('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    blocks++;
    // The index leaves script contents out; a script's own text is one node, cheap to read.
    const text = scripts[i].textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS) continue;
    const value = parseJsonLd(text);
    if (value !== undefined) collectNodes(value, out, 0);
    if (out.length >= MAX_NODES) break;
  }
  return out.length > MAX_NODES ? out.slice(0, MAX_NODES) : out;
}

/** The page's `<script>` elements (a tag lookup: selector engines are slow in DOM emulators). */
function scriptElements(doc: Document): Element[] {
  return elementsByTag(doc, 'script');
}

/**
 * Parses the text of one JSON-LD block: as is, else after {@link repairJson}. Returns `undefined`
 * when the block cannot be read.
 */
export function parseJsonLd(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    // fall through to repair
  }
  const repaired = repairJson(trimmed);
  try {
    return JSON.parse(repaired);
  } catch {
    // Several objects in a row (`{…}{…}` or `{…},{…}`): read them as an array.
    if (/^[{[]/.test(repaired)) {
      try {
        return JSON.parse('[' + repaired.replace(/}\s*{/g, '},{') + ']');
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
}

/**
 * Light repair of almost-JSON as found on real pages:
 * - strips HTML comment (`<!-- … -->`) and CDATA (`<![CDATA[ … ]]>`, also `//`-prefixed) wrappers
 *   and a trailing `;`;
 * - escapes raw control characters (newlines, tabs…) inside strings;
 * - removes trailing commas before `}` or `]` (outside strings).
 * It does not try to fix unbalanced brackets or unquoted keys.
 */
export function repairJson(text: string): string {
  const s = text
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .trim()
    .replace(/;\s*$/, '');
  // Single pass that knows whether it is inside a string.
  let out = '';
  let inString = false;
  let escaped = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = ch.charCodeAt(0);
    if (inString) {
      if (escaped) {
        escaped = false;
        out += ch;
      } else if (ch === '\\') {
        escaped = true;
        out += ch;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else if (code < 0x20) {
        out += ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : ' ';
      } else {
        out += ch;
      }
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === ',') {
      // Drop the comma when the next non-space character closes an object or array.
      let j = i + 1;
      while (j < s.length && /\s/.test(s[j])) j++;
      if (s[j] !== '}' && s[j] !== ']') out += ch;
    } else {
      out += ch;
    }
  }
  return out;
}

function collectNodes(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_NODES || value == null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  if (node['@type'] != null) out.push(node);
  const graph = node['@graph'];
  if (graph != null) collectNodes(graph, out, depth + 1);
  const main = node.mainEntity;
  if (main && typeof main === 'object') {
    const list = Array.isArray(main) ? main : [main];
    for (const m of list) {
      if (m && typeof m === 'object' && !Array.isArray(m) && (m as JsonLdNode)['@type'] != null) collectNodes(m, out, depth + 1);
    }
  }
}

const TYPE_PREFIX = /^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i;

/**
 * The node's type names without vocabulary prefixes (`"schema:NewsArticle"` and
 * `"http://schema.org/NewsArticle"` both give `"NewsArticle"`), in their original case.
 * Accepts a string or an array for `@type`; anything else gives `[]`.
 */
export function typesOf(node: Record<string, unknown> | null | undefined): string[] {
  if (!node || typeof node !== 'object') return [];
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  const out: string[] = [];
  for (const x of list) {
    if (typeof x !== 'string') continue;
    const name = x.trim().replace(TYPE_PREFIX, '');
    if (name) out.push(name);
  }
  return out;
}

/**
 * schema.org types (lower-cased) that describe an article: Article and its news, blog, report and
 * live-blog subtypes. SocialMediaPosting and DiscussionForumPosting are deliberately not included
 * (posts and forum threads are not articles) although BlogPosting, their subtype, is.
 */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'advertisercontentarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'techarticle',
  'scholarlyarticle',
  'medicalscholarlyarticle',
]);

/** Whether a type name (with or without a schema.org prefix, any case) is an article type. */
export function isArticleType(type: string): boolean {
  return ARTICLE_TYPES.has(type.trim().replace(TYPE_PREFIX, '').toLowerCase());
}

/** Whether the node has at least one article type. */
export function isArticleNode(node: Record<string, unknown> | null | undefined): boolean {
  return typesOf(node).some(isArticleType);
}
