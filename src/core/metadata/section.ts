import type { Evidence } from '../types';
import { typesOf } from '../structured/jsonld';
import { capRaw, cleanText } from '../page/text';
import type { PageContext } from './context';

/** Path segments that are editions, languages or formats rather than sections. */
const NOT_SECTION = /^(?:[a-z]{2}(?:-[a-z]{2})?|news|article|articles|story|stories|amp|www|index|html|p|a|s|content|cms|id|en_us|edition|intl|international|\d+)$/i;

/**
 * The section or desk the article belongs to: JSON-LD articleSection, section metas, the breadcrumb's
 * last link before the article, and the URL's first meaningful path segment.
 */
export function extractSection(ctx: PageContext): { section: string | null; evidence: Evidence[] } {
  const fromLd = ctx.article?.articleSection;
  const ld = Array.isArray(fromLd) ? fromLd[0] : fromLd;
  if (typeof ld === 'string' && cleanText(ld) && cleanText(ld).length <= 60) {
    return { section: cleanText(ld), evidence: [{ source: 'json-ld', detail: 'JSON-LD articleSection', raw: capRaw(ld) }] };
  }
  const m = ctx.meta.first(['article:section', 'parsely-section', 'section', 'sailthru.section', 'og:section', 'category', 'dc.subject', 'cxenseparse:section']);
  if (m && m.value.length <= 60) return { section: cleanText(m.value), evidence: [{ source: 'meta', detail: m.detail, raw: capRaw(m.value) }] };
  const crumb = breadcrumb(ctx) ?? visibleKicker(ctx);
  if (crumb) return { section: crumb.name, evidence: [crumb.evidence] };
  const seg = urlSection(ctx.url);
  if (seg) return { section: seg, evidence: [{ source: 'url', detail: 'first path segment of the URL', raw: capRaw(ctx.url) }] };
  return { section: null, evidence: [] };
}

function breadcrumb(ctx: PageContext): { name: string; evidence: Evidence } | null {
  for (const node of ctx.jsonLd) {
    if (!typesOf(node).some((t) => t.toLowerCase() === 'breadcrumblist')) continue;
    const items = Array.isArray(node.itemListElement) ? (node.itemListElement as Record<string, unknown>[]) : [];
    const names = items
      .map((it) => {
        const item = it?.item as Record<string, unknown> | undefined;
        return cleanText(typeof it?.name === 'string' ? it.name : typeof item?.name === 'string' ? item.name : '');
      })
      .filter((n) => n && !/^(?:home|startseite|accueil|inicio|anasayfa|главная)$/i.test(n));
    // The last crumb is often the article itself; the one before it is the section.
    const name = names.length >= 2 ? names[names.length - 2] : names[0];
    if (name && name.length <= 60) return { name, evidence: { source: 'json-ld', detail: 'JSON-LD BreadcrumbList', raw: capRaw(names.join(' › ')) } };
  }
  return null;
}

function urlSection(url: string): string | null {
  let path: string[];
  try {
    const u = new URL(url);
    // Only web addresses have sections in their paths (not file:// paths of saved pages).
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    path = u.pathname.split('/').filter(Boolean);
  } catch {
    return null;
  }
  if (path.length < 2) return null;
  for (const seg of path.slice(0, -1)) {
    if (NOT_SECTION.test(seg) || seg.length > 30 || /\d{3,}/.test(seg) || seg.includes('.')) continue;
    const words = seg.split(/[-_]/).filter(Boolean);
    if (words.length > 3) continue;
    return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  }
  return null;
}

/** Visible section labels above the headline: breadcrumbs, kickers, category labels (site knowledge as data). */
export const SECTION_LABEL_SELECTORS = [
  // Breadcrumbs name the section; kickers sometimes name a topic instead, so they come second.
  ['[class*="breadcrumb" i] a', '[class*="brotkrumen" i] a', '[aria-label*="breadcrumb" i] a', '[class*="fil-ariane" i] a', '[class*="migas" i] a'].join(', '),
  ['[class*="kicker" i]', '[class*="eyebrow" i]', '[class*="rubric" i]', '[class*="rubrique" i]', '[class*="category" i] a', '[class*="section-label" i]', '[class*="section-name" i]'].join(', '),
];

function visibleKicker(ctx: PageContext): { name: string; evidence: Evidence } | null {
  for (const selector of SECTION_LABEL_SELECTORS) {
    const found = labelBefore(ctx, selector);
    if (found) return found;
  }
  return null;
}

function labelBefore(ctx: PageContext, selector: string): { name: string; evidence: Evidence } | null {
  const h1 = ctx.scope.querySelector('h1');
  const els = ctx.scope.querySelectorAll(selector);
  const crumbs: string[] = [];
  for (let i = 0; i < els.length && i < 20; i++) {
    const el = els[i];
    // Labels after the headline are tags or related links, not the story's section.
    if (h1 && !(el.compareDocumentPosition(h1) & 4 /* FOLLOWING */)) continue;
    const name = cleanText(el.textContent);
    if (!name || name.length > 40 || name.split(' ').length > 4 || /^(?:home|startseite|accueil|inicio|anasayfa)$/i.test(name)) continue;
    crumbs.push(name);
  }
  const name = crumbs[crumbs.length - 1];
  return name ? { name, evidence: { source: 'visible-text', detail: 'section label above the headline', raw: capRaw(crumbs.join(' › ')) } } : null;
}
