import type { Evidence } from '../types';
import { typesOf } from '../structured/jsonld';
import { capRaw, cleanText } from '../page/text';
import type { PageContext } from './context';

/** Path segments that are editions, languages, formats or one-letter routes ("/c/2021-02-25/…") rather than sections. */
const NOT_SECTION = /^(?:[a-z]{1,2}(?:-[a-z]{2})?|news|article|articles|story|stories|amp|www|index|html|p|a|s|content|cms|id|en_us|edition|intl|international|\d+)$/i;

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
      .filter((n) => n && !HOME_CRUMB.test(n));
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

function visibleKicker(ctx: PageContext): { name: string; evidence: Evidence } | null {
  for (const matches of labelMatchers(ctx)) {
    const found = labelBefore(ctx, matches);
    if (found) return found;
  }
  // The breadcrumb trail often sits just outside the <article>, before it in the same <main>: read the
  // scope's parent for breadcrumbs only (kickers there may label other things), above the headline.
  const parent = ctx.index.parent[ctx.scopeAt];
  if (parent >= 0 && !OUTER_TAGS.has(ctx.index.tags[parent])) {
    const found = labelBefore(ctx, labelMatchers(ctx, parent)[0], parent);
    if (found) return found;
  }
  return null;
}

const OUTER_TAGS: ReadonlySet<string> = new Set(['BODY', 'HTML']);

/** A breadcrumb's first link, the site's home page, in the languages we read. */
const HOME_CRUMB = /^(?:home|homepage|startseite|accueil|inicio|início|portada|anasayfa|ana sayfa|главная|головна|strona główna|beranda|trang chủ|首页|首頁|ホーム|홈|الرئيسية|الصفحة الرئيسية|דף הבית|होम)$/iu;

function labelBefore(ctx: PageContext, matches: (i: number) => boolean, scopeAt = ctx.scopeAt): { name: string; evidence: Evidence } | null {
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
  const name = crumbs[crumbs.length - 1];
  return name ? { name, evidence: { source: 'visible-text', detail: 'section label above the headline', raw: capRaw(crumbs.join(' › ')) } } : null;
}
