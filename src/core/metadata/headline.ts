import type { Evidence } from '../types';
import { capRaw, cleanText, foldForCompare, textOf } from '../page/text';
import { isInBoilerplate } from '../page/zones';
import type { PageContext } from './context';

/** Separators between a headline and the site's name in `<title>` and og:title. */
const SITE_SEPARATORS = /\s+(?:\||-|–|—|::|·|•|»|«|\/|:)\s+/;

interface HeadlineCandidate {
  text: string;
  evidence: Evidence;
}

/**
 * The article's headline without " | Site" decorations. Candidates: the JSON-LD headline, og:title,
 * twitter:title, other title metas, the page's `<h1>` and `<title>`. The visible `<h1>` wins when a
 * metadata title confirms it (metadata is often shortened for social cards, the h1 is what the reader
 * sees); otherwise metadata in that order, with site-name segments removed.
 */
export function extractHeadline(ctx: PageContext, siteNames: string[]): { headline: string | null; evidence: Evidence[] } {
  const metaCands: HeadlineCandidate[] = [];
  const headline = ctx.article?.headline ?? ctx.article?.name;
  if (typeof headline === 'string' && cleanText(headline)) {
    metaCands.push({ text: cleanText(headline), evidence: { source: 'json-ld', detail: 'JSON-LD headline', raw: capRaw(headline) } });
  }
  for (const m of ctx.meta.all(['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'citation_title', 'title', 'headline'])) {
    metaCands.push({ text: cleanText(m.value), evidence: { source: 'meta', detail: m.detail, raw: capRaw(m.value) } });
  }
  const titleEl = cleanText(ctx.doc.title);
  const h1 = pickH1(ctx);

  const stripped = metaCands.map((c) => ({ ...c, text: stripSiteName(c.text, siteNames, ctx.host) }));
  const titleStripped = titleEl ? stripSiteName(titleEl, siteNames, ctx.host) : '';

  if (h1) {
    const f = foldForCompare(h1.text);
    const confirmed = [...stripped.map((c) => c.text), titleStripped].some((t) => t && similar(foldForCompare(t), f));
    if (confirmed) return { headline: h1.text, evidence: [h1.evidence] };
  }
  const firstMeta = stripped.find((c) => c.text.length > 0);
  if (firstMeta) return { headline: firstMeta.text, evidence: [firstMeta.evidence] };
  if (h1) return { headline: h1.text, evidence: [h1.evidence] };
  if (titleStripped) return { headline: titleStripped, evidence: [{ source: 'title-element', detail: '<title>', raw: capRaw(titleEl) }] };
  return { headline: null, evidence: [] };
}

/** Whether two folded titles are the same headline (equal, or one contains the other and most words agree). */
function similar(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= long.length * 0.6;
}

function pickH1(ctx: PageContext): HeadlineCandidate | null {
  const within = ctx.scope.querySelectorAll('h1');
  const all = within.length ? within : ctx.doc.querySelectorAll('h1');
  for (let i = 0; i < all.length && i < 20; i++) {
    const el = all[i];
    if (isInBoilerplate(el) && !el.closest('header h1, article h1')) continue;
    const text = textOf(el, 400);
    // A logo or site name in an <h1> is short and has an image or matches the site.
    if (text.length < 8 && el.querySelector('img, svg')) continue;
    if (text) return { text, evidence: { source: 'heading', detail: '<h1> of the article', raw: capRaw(text) } };
  }
  return null;
}

/**
 * Removes a leading or trailing segment that names the site ("Headline | The Site", "Site: Headline").
 * Only segments that match a known site name or the domain are removed, so "Biden: We will act" keeps
 * its colon.
 */
export function stripSiteName(title: string, siteNames: string[], host: string): string {
  const parts = title.split(SITE_SEPARATORS);
  if (parts.length < 2) return title;
  const names = siteNames.map(foldForCompare).filter(Boolean);
  const hostWords = host.split('.').slice(0, -1).join(' ');
  const isSite = (seg: string) => {
    const f = foldForCompare(seg);
    if (!f) return true;
    const compact = f.replace(/\s+/g, '');
    return names.some((n) => n === f || n.replace(/\s+/g, '') === compact || (compact.length >= 3 && n.replace(/\s+/g, '').startsWith(compact))) ||
      (hostWords.length > 1 && (compact === hostWords.replace(/[\s.-]+/g, '') || hostWords.replace(/[\s.-]+/g, '').includes(compact) && compact.length >= 4)) ||
      /^(?:home|news|homepage)$/.test(f);
  };
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSite(parts[end - 1])) end--;
  while (end - start > 1 && isSite(parts[start])) start++;
  if (start === 0 && end === parts.length) return title;
  // Re-join kept segments with the original separators.
  const seps = title.match(new RegExp(SITE_SEPARATORS.source, 'g')) ?? [];
  let out = parts[start];
  for (let i = start + 1; i < end; i++) out += (seps[i - 1] ?? ' - ') + parts[i];
  return cleanText(out);
}
