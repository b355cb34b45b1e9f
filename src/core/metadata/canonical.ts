import type { Evidence } from '../types';
import { capRaw } from '../page/text';
import type { PageContext } from './context';

/** Resolves `href` against the page URL; only http(s) results are kept. */
export function httpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The page's canonical URL: `<link rel=canonical>`, og:url, the JSON-LD article's url or
 * mainEntityOfPage; else the page URL itself when it is http(s).
 */
export function extractCanonical(ctx: PageContext): { canonicalUrl: string | null; evidence: Evidence[] } {
  const link = canonicalLink(ctx);
  const candidates: [string | null | undefined, Evidence['source'], string][] = [
    [link >= 0 ? ctx.index.attr(link, 'href') : null, 'link', '<link rel="canonical">'],
    [ctx.meta.first(['og:url'])?.value, 'meta', 'meta[property="og:url"]'],
    [typeof ctx.article?.url === 'string' ? ctx.article.url : null, 'json-ld', 'JSON-LD url'],
    [mainEntityId(ctx.article?.mainEntityOfPage), 'json-ld', 'JSON-LD mainEntityOfPage'],
  ];
  for (const [raw, source, detail] of candidates) {
    const url = httpUrl(raw, ctx.url);
    if (url) return { canonicalUrl: url, evidence: [{ source, detail, raw: capRaw(raw ?? '') }] };
  }
  const self = httpUrl(ctx.url, ctx.url);
  return self ? { canonicalUrl: self, evidence: [{ source: 'url', detail: 'no canonical link; the page URL', raw: capRaw(self) }] } : { canonicalUrl: null, evidence: [] };
}

/** `link[rel~="canonical" i][href]`: the first. */
function canonicalLink(ctx: PageContext): number {
  const { index } = ctx;
  for (const i of index.byTag('LINK')) {
    const rel = index.attr(i, 'rel');
    if (rel && rel.toLowerCase().split(/\s+/).includes('canonical') && index.attr(i, 'href') !== null) return i;
  }
  return -1;
}

function mainEntityId(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as Record<string, unknown>)['@id'] === 'string') return (v as Record<string, string>)['@id'];
  return null;
}
