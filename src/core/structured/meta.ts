/**
 * `<meta>` tag reader shared by the article detector and the metadata extractors.
 *
 * A meta tag is named by its `name`, `property` or `itemprop` attribute (Open Graph uses `property`,
 * but many sites write `name="og:type"`) and carries its value in `content`. The `value` attribute is
 * never read: only broken page savers write it.
 */
import { elementsByTag } from '../page/elements-by-tag';

/** A meta value and the (lower-cased) name it was found under. */
export interface MetaHit {
  /** The requested name that matched, lower-cased (e.g. `og:type`). */
  name: string;
  /** The trimmed `content`, capped at {@link MAX_META_CHARS} characters. */
  value: string;
}

/** Longest meta value returned. */
export const MAX_META_CHARS = 2000;
/** At most this many `<meta>` elements are looked at. */
const MAX_METAS = 1000;
const NAME_ATTRS = ['name', 'property', 'itemprop'] as const;

/** One `<meta>` tag's naming attributes (`name`, `property`, `itemprop`, in that order) and `content`, as written. */
export interface MetaTag {
  keys: (string | null)[];
  content: string | null;
}

/**
 * The page's first {@link MAX_METAS} `<meta>` tags, read once: callers that ask {@link metaContent}
 * several questions pass this instead of the document, so each tag's attributes are read one time.
 */
export function readMetaTags(doc: Document): MetaTag[] {
  const metas = elementsByTag(doc, 'meta');
  const n = Math.min(metas.length, MAX_METAS);
  const out: MetaTag[] = [];
  for (let i = 0; i < n; i++) {
    const m = metas[i];
    const present = m.getAttributeNames();
    const read = (attr: string) => (present.includes(attr) ? m.getAttribute(attr) : null);
    out.push({ keys: NAME_ATTRS.map(read), content: read('content') });
  }
  return out;
}

/**
 * The first non-empty `content` of a `<meta>` named by one of `names`, trying the names in order
 * (so list the preferred name first). Names are compared case-insensitively. Returns null when none
 * is present.
 *
 * `source` is the document or its {@link readMetaTags}.
 *
 * @example metaContent(doc, ['og:type']) // → { name: 'og:type', value: 'article' }
 */
export function metaContent(source: Document | MetaTag[], names: readonly string[]): MetaHit | null {
  if (names.length === 0) return null;
  const wanted = names.map((n) => n.trim().toLowerCase());
  const found: (string | undefined)[] = new Array(wanted.length);
  const metas = Array.isArray(source) ? source : readMetaTags(source);
  for (const m of metas) {
    for (const key of m.keys) {
      if (!key) continue;
      const idx = wanted.indexOf(key.trim().toLowerCase());
      if (idx < 0 || found[idx] !== undefined) continue;
      const content = m.content;
      if (content == null) continue;
      const value = content.trim();
      if (!value) continue;
      found[idx] = value.length > MAX_META_CHARS ? value.slice(0, MAX_META_CHARS) : value;
      if (idx === 0) return { name: wanted[0], value: found[0]! };
    }
  }
  for (let i = 0; i < wanted.length; i++) {
    const v = found[i];
    if (v !== undefined) return { name: wanted[i], value: v };
  }
  return null;
}

/**
 * Every non-empty `content` of the `<meta>` tags named by any of `names` (case-insensitive), in
 * document order. Useful for repeatable tags such as `article:author` or `article:tag`.
 */
export function metaContents(doc: Document, names: readonly string[]): MetaHit[] {
  const wanted = new Set(names.map((n) => n.trim().toLowerCase()));
  const out: MetaHit[] = [];
  const metas = elementsByTag(doc, 'meta');
  const n = Math.min(metas.length, MAX_METAS);
  for (let i = 0; i < n; i++) {
    const m = metas[i];
    const content = m.getAttribute('content');
    if (content == null || !content.trim()) continue;
    for (const attr of NAME_ATTRS) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (!key || !wanted.has(key)) continue;
      const value = content.trim();
      out.push({ name: key, value: value.length > MAX_META_CHARS ? value.slice(0, MAX_META_CHARS) : value });
      break;
    }
  }
  return out;
}
