import type { Evidence, Outlet } from '../types';
import { typesOf } from '../structured/jsonld';
import { capRaw, cleanText, foldForCompare } from '../page/text';
import { agencyByName, agencyOutlet } from '../sources/registry';
import type { PageContext } from './context';
import type { PageIndex } from '../page/page-index';
import { jsonLdValues, nameOf } from './context';

interface PublisherCandidate {
  name: string;
  evidence: Evidence;
}

const ORG_TYPES = /^(?:organization|newsmediaorganization|corporation|localbusiness|onlinebusiness|brand|website)$/i;

/**
 * The outlet whose page this is. A registry entry for the host wins (it is checked data); then the
 * article's JSON-LD publisher, og:site_name and app-name metas, the site-level JSON-LD Organization or
 * WebSite, the logo's alt text, the copyright line and finally the title's site segment. Returns the
 * candidate names too, so the headline extractor can strip them from titles.
 */
export function extractPublisher(ctx: PageContext): { publisher: Outlet | null; evidence: Evidence[]; siteNames: string[] } {
  const cands = candidates(ctx);
  const siteNames = cands.map((c) => c.name);
  if (ctx.hostAgency) {
    const ev: Evidence = { source: 'registry', detail: `${ctx.host} is in the agency table`, raw: ctx.host };
    const rec = ctx.hostAgency;
    const known = [rec.name, ...rec.names].map(foldForCompare);
    const agreeing = cands.filter((c) => known.some((k) => k.includes(foldForCompare(c.name)) || foldForCompare(c.name).includes(k)));
    // The page's own spelling of its name ("Bloomberg") beats the table's ("Bloomberg News") when they agree.
    const name = agreeing[0]?.name ?? rec.name;
    return {
      publisher: { ...agencyOutlet(rec), name },
      evidence: [ev, ...agreeing.map((c) => c.evidence)],
      siteNames: [...siteNames, rec.name, ...rec.names],
    };
  }
  const best = cands[0];
  if (!best) {
    if (!ctx.host) return { publisher: null, evidence: [], siteNames };
    return {
      publisher: { name: ctx.host, domain: ctx.host },
      evidence: [{ source: 'domain', detail: 'no name on the page; the site\'s domain', raw: ctx.host }],
      siteNames,
    };
  }
  const agreeing = cands.filter((c) => c !== best && foldForCompare(c.name) === foldForCompare(best.name)).map((c) => c.evidence);
  // A site that names itself as an agency ("Anadolu Ajansı" on a mirror or edition domain) gets that agency's profile.
  const rec = agencyByName(best.name);
  const profile = rec ? { ...agencyOutlet(rec), name: best.name, domain: ctx.host || null } : { name: best.name, domain: ctx.host || null };
  return { publisher: profile, evidence: [best.evidence, ...agreeing], siteNames: rec ? [...siteNames, ...rec.names] : siteNames };
}

function candidates(ctx: PageContext): PublisherCandidate[] {
  const out: PublisherCandidate[] = [];
  const push = (name: string | null, evidence: Omit<Evidence, 'raw'>, raw?: string) => {
    const n = cleanPublisherName(name ?? '');
    if (n) out.push({ name: n, evidence: { ...evidence, raw: capRaw(raw ?? name ?? '') } });
  };
  if (ctx.article) {
    for (const v of jsonLdValues(ctx.article, 'publisher', ctx.jsonLd)) push(nameOf(v), { source: 'json-ld', detail: 'JSON-LD article publisher' });
  }
  for (const m of ctx.meta.all(['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'al:iphone:app_name', 'al:android:app_name', 'twitter:app:name:iphone', 'publisher', 'dc.publisher', 'citation_publisher', 'citation_journal_title', 'copyright'])) {
    push(m.key === 'copyright' ? copyrightHolder(m.value) : m.value, { source: 'meta', detail: m.detail }, m.value);
  }
  for (const node of ctx.jsonLd) {
    if (node === ctx.article) continue;
    if (typesOf(node).some((t) => ORG_TYPES.test(t))) push(nameOf(node), { source: 'json-ld', detail: `JSON-LD ${typesOf(node)[0]} name` });
  }
  const logo = logoName(ctx.index);
  if (logo) push(logo.name, { source: 'html-attribute', detail: logo.detail });
  const copyright = footerCopyright(ctx.index);
  if (copyright) push(copyright.holder, { source: 'copyright', detail: 'copyright line' }, copyright.line);
  return out.filter((c) => !looksLikeHeadline(c.name));
}

/** Drops decorations and rejects values that are not names (URLs, file names, long sentences). */
function cleanPublisherName(raw: string): string | null {
  let s = cleanText(raw).replace(/(?<!\s)\s*(?:logo|-\s*home|home page|homepage)$/i, '').trim();
  s = s.replace(/^(?:www\.)/i, '');
  if (s.length < 2 || s.length > 60) return null;
  if (/^https?:|\/\//.test(s)) return null;
  if (/\.(?:png|jpe?g|svg|gif|webp)$/i.test(s)) return null;
  if (s.split(/\s+/).length > 8) return null;
  return s;
}

function looksLikeHeadline(name: string): boolean {
  return name.split(/\s+/).length > 6;
}

/** Where a site's logo names it, most specific first; each stands for a CSS selector quoted in evidence. */
const LOGO_SELECTORS: readonly { selector: string; matches: (index: PageIndex, i: number) => boolean }[] = [
  { selector: 'header [class*="logo" i] img[alt]', matches: (x, i) => isImg(x, i, 'alt') && logoAncestorInHeader(x, i) },
  { selector: 'header img[class*="logo" i][alt]', matches: (x, i) => isImg(x, i, 'alt') && x.lowerClassOf(i).includes('logo') && x.closestTag(x.parent[i], HEADER) >= 0 },
  { selector: '[class*="logo" i] img[alt]', matches: (x, i) => isImg(x, i, 'alt') && logoAncestor(x, x.parent[i]) >= 0 },
  { selector: 'img[class*="logo" i][alt]', matches: (x, i) => isImg(x, i, 'alt') && x.lowerClassOf(i).includes('logo') },
  { selector: 'img[id*="logo" i][alt]', matches: (x, i) => isImg(x, i, 'alt') && hasLogo(x.idOf(i)) },
  { selector: 'a[class*="logo" i][title]', matches: (x, i) => x.tags[i] === 'A' && x.lowerClassOf(i).includes('logo') && x.attr(i, 'title') !== null },
  { selector: 'a[class*="logo" i][aria-label]', matches: (x, i) => x.tags[i] === 'A' && x.lowerClassOf(i).includes('logo') && x.attr(i, 'aria-label') !== null },
  { selector: '[class*="logo" i] svg title', matches: (x, i) => x.tags[i].toLowerCase() === 'title' && svgTitleInLogo(x, i) },
  { selector: 'a[rel="home"][title]', matches: (x, i) => x.tags[i] === 'A' && x.attr(i, 'rel')?.toLowerCase() === 'home' && x.attr(i, 'title') !== null },
  { selector: 'a[rel="home"][aria-label]', matches: (x, i) => x.tags[i] === 'A' && x.attr(i, 'rel')?.toLowerCase() === 'home' && x.attr(i, 'aria-label') !== null },
];

const HEADER: ReadonlySet<string> = new Set(['HEADER']);
const hasLogo = (value: string) => value.toLowerCase().includes('logo');
const isImg = (x: PageIndex, i: number, attr: string) => x.tags[i] === 'IMG' && x.attr(i, attr) !== null;

/** The nearest element from `i` up whose class names a logo, or -1. */
function logoAncestor(x: PageIndex, i: number): number {
  for (let cur = i; cur >= 0; cur = x.parent[cur]) if (x.lowerClassOf(cur).includes('logo')) return cur;
  return -1;
}

/** `header [class*="logo" i] img`: a logo-classed ancestor with a `<header>` above it. */
function logoAncestorInHeader(x: PageIndex, i: number): boolean {
  const logo = logoAncestor(x, x.parent[i]);
  return logo >= 0 && x.closestTag(x.parent[logo], HEADER) >= 0;
}

/** `[class*="logo" i] svg title`: an `<svg>` above the title with a logo-classed element above that. */
function svgTitleInLogo(x: PageIndex, i: number): boolean {
  for (let cur = x.parent[i]; cur >= 0; cur = x.parent[cur]) {
    if (x.tags[cur].toLowerCase() === 'svg' && logoAncestor(x, x.parent[cur]) >= 0) return true;
  }
  return false;
}

function logoName(index: PageIndex): { name: string; detail: string } | null {
  // The first element each selector matches, found in one pass over the page.
  const first = LOGO_SELECTORS.map(() => -1);
  let missing = first.length;
  for (let i = 0; i < index.elements.length && missing > 0; i++) {
    const tag = index.tags[i];
    if (tag !== 'IMG' && tag !== 'A' && tag.toLowerCase() !== 'title') continue;
    LOGO_SELECTORS.forEach((sel, k) => {
      if (first[k] < 0 && sel.matches(index, i)) {
        first[k] = i;
        missing--;
      }
    });
  }
  for (let k = 0; k < LOGO_SELECTORS.length; k++) {
    const i = first[k];
    if (i < 0) continue;
    const v = index.attr(i, 'alt') ?? index.attr(i, 'title') ?? index.attr(i, 'aria-label') ?? index.textOf(i);
    const name = cleanText(v).replace(/(?<!\s)\s*(?:logo|home|homepage|home page)$/i, '').replace(/^(?:logo|home)\s*(?:of|-|:)?\s*/i, '').trim();
    if (name && name.length <= 50 && !/^(?:logo|home|back to home|homepage)$/i.test(name)) return { name, detail: `logo: ${LOGO_SELECTORS[k].selector}` };
  }
  return null;
}

/** Abbreviated legal forms after a copyright holder: the company behind the outlet, not the outlet's name. */
const LEGAL_FORM = /(?<!\s),?\s+(?:LLC|L\.L\.C|LLP|Inc|Ltd|Pty Ltd|PLC|GmbH|S\.L|S\.A|B\.V|Corp)\.?$/i;

/** "© 2021 Anadolu Agency. All rights reserved." → "Anadolu Agency"; "© 2016 Smitten Kitchen LLC" → "Smitten Kitchen". */
export function copyrightHolder(line: string): string | null {
  const m = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([^.|,;©]{2,60}?)(?:\s*[.|,;]|\s+all rights|\s+tüm hakları|\s+tous droits|\s+alle rechte|\s+todos los derechos|\s*$)/i.exec(line);
  if (!m) return null;
  const name = cleanText(m[1]).replace(/(?<!\s)\s*\d{4}$/, '').replace(LEGAL_FORM, '');
  if (!name || /^(?:all rights|\d+)$/i.test(name)) return null;
  return name;
}

/**
 * The last ten `footer, [class*="footer" i], [id*="footer" i], [class*="copyright" i]` elements, the
 * last first (the site's footer ends the page): found by reading the page backwards, so only its end
 * is looked at.
 */
function footerCopyright(index: PageIndex): { holder: string; line: string } | null {
  const els: number[] = [];
  for (let i = index.elements.length - 1; i >= 0 && els.length < 10; i--) {
    const cls = index.lowerClassOf(i);
    if (index.tags[i] === 'FOOTER' || cls.includes('footer') || cls.includes('copyright') || index.idOf(i).toLowerCase().includes('footer')) els.push(i);
  }
  for (let k = 0; k < els.length; k++) {
    const text = cleanText(index.textPrefix(els[k], 5000));
    const idx = text.search(/©|\(c\)|copyright/i);
    if (idx < 0) continue;
    const line = text.slice(idx, idx + 160);
    const holder = copyrightHolder(line);
    if (holder) return { holder, line };
  }
  return null;
}
