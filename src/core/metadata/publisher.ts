import type { Evidence, Outlet } from '../types';
import { typesOf } from '../structured/jsonld';
import { capRaw, cleanText, foldForCompare } from '../page/text';
import { agencyByName, agencyOutlet } from '../sources/registry';
import type { PageContext } from './context';
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
  const logo = logoName(ctx.doc);
  if (logo) push(logo.name, { source: 'html-attribute', detail: logo.detail });
  const copyright = footerCopyright(ctx.doc);
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

const LOGO_SELECTORS = [
  'header [class*="logo" i] img[alt]', 'header img[class*="logo" i][alt]', '[class*="logo" i] img[alt]', 'img[class*="logo" i][alt]',
  'img[id*="logo" i][alt]', 'a[class*="logo" i][title]', 'a[class*="logo" i][aria-label]', '[class*="logo" i] svg title',
  'a[rel="home"][title]', 'a[rel="home"][aria-label]',
];

function logoName(doc: Document): { name: string; detail: string } | null {
  for (const sel of LOGO_SELECTORS) {
    const el = doc.querySelector(sel);
    if (!el) continue;
    const v = el.getAttribute('alt') ?? el.getAttribute('title') ?? el.getAttribute('aria-label') ?? el.textContent;
    const name = cleanText(v).replace(/(?<!\s)\s*(?:logo|home|homepage|home page)$/i, '').replace(/^(?:logo|home)\s*(?:of|-|:)?\s*/i, '').trim();
    if (name && name.length <= 50 && !/^(?:logo|home|back to home|homepage)$/i.test(name)) return { name, detail: `logo: ${sel}` };
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

function footerCopyright(doc: Document): { holder: string; line: string } | null {
  const els = doc.querySelectorAll('footer, [class*="footer" i], [id*="footer" i], [class*="copyright" i]');
  for (let i = els.length - 1; i >= 0 && i >= els.length - 10; i--) {
    const text = cleanText((els[i].textContent ?? '').slice(0, 5000));
    const idx = text.search(/©|\(c\)|copyright/i);
    if (idx < 0) continue;
    const line = text.slice(idx, idx + 160);
    const holder = copyrightHolder(line);
    if (holder) return { holder, line };
  }
  return null;
}
