import type { PageIndex } from '../page/page-index';
import { elementsByTag } from '../page/elements-by-tag';

/** One `<meta>` value with the attribute that named it, for evidence. */
export interface MetaValue {
  key: string;
  value: string;
  /** e.g. `meta[property="article:published_time"]` */
  detail: string;
}

/**
 * All `<meta>` tags of the document indexed by lower-cased name/property/itemprop/http-equiv.
 * Values come from `content` only (never `value=`, which only broken page savers write).
 */
export class MetaIndex {
  private readonly map = new Map<string, MetaValue[]>();

  /** `index`, when given, lists the elements (saving one lookup). */
  constructor(doc: Document, index?: PageIndex) {
    const metas = index ? index.byTag('META').map((i) => index.elements[i]) : elementsByTag(doc, 'meta');
    const n = Math.min(metas.length, 2000);
    for (let i = 0; i < n; i++) {
      const m = metas[i];
      const content = m.getAttribute('content');
      if (content == null || content.trim() === '') continue;
      for (const attr of ['property', 'name', 'itemprop', 'http-equiv'] as const) {
        const key = m.getAttribute(attr);
        if (!key) continue;
        const k = key.trim().toLowerCase();
        const list = this.map.get(k) ?? [];
        list.push({ key: k, value: content.trim().slice(0, 2000), detail: `meta[${attr}="${key.trim().slice(0, 60)}"]` });
        this.map.set(k, list);
      }
    }
  }

  /** First value for the first of `keys` that is present. */
  first(keys: readonly string[]): MetaValue | null {
    for (const k of keys) {
      const v = this.map.get(k);
      if (v && v.length) return v[0];
    }
    return null;
  }

  /** Every value for every one of `keys`, in key order. */
  all(keys: readonly string[]): MetaValue[] {
    return keys.flatMap((k) => this.map.get(k) ?? []);
  }
}
