import type { Evidence } from '../types';
import { capRaw, cleanText, decodeEntities, foldForCompare } from '../page/text';
import type { PageContext } from './context';

const SUBHEADING_TAGS: ReadonlySet<string> = new Set(['H2', 'H3']);

/** Separators between a headline and the site's name in `<title>` and og:title. */
const SITE_SEPARATORS = /(?<!\s)\s+(?:\||-|–|—|::|·|•|»|«|\/|:)\s+/;

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
    metaCands.push({ text: cleanText(decodeEntities(headline)), evidence: { source: 'json-ld', detail: 'JSON-LD headline', raw: capRaw(headline) } });
  }
  for (const m of ctx.meta.all(['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'citation_title', 'title', 'headline'])) {
    metaCands.push({ text: cleanText(decodeEntities(m.value)), evidence: { source: 'meta', detail: m.detail, raw: capRaw(m.value) } });
  }
  const titleEl = cleanText(ctx.doc.title);
  siteNames = [...siteNames, ...headingNamingTheSite(ctx, titleEl, metaCands.map((c) => c.text))];
  const stripped = metaCands.map((c) => ({ ...c, text: stripSiteName(c.text, siteNames, ctx.host) })).filter((c) => c.text);
  const titleStripped = titleEl ? stripSiteName(titleEl, siteNames, ctx.host) : '';
  const references = [...stripped.map((c) => c.text), titleStripped].filter(Boolean);

  const heading = pickHeading(ctx, references, siteNames);
  if (heading) return { headline: heading.text, evidence: [heading.evidence] };
  const firstMeta = stripped[0];
  if (firstMeta) return { headline: firstMeta.text, evidence: [firstMeta.evidence] };
  // Only <title> to go by, and it differs from the page's heading: <title> is often an SEO variant,
  // the article's own <h1> is what the reader sees.
  const own = pickHeading(ctx, [], siteNames, true);
  if (own) return { headline: own.text, evidence: [own.evidence] };
  if (titleStripped) return { headline: titleStripped, evidence: [{ source: 'title-element', detail: '<title>', raw: capRaw(titleEl) }] };
  const lone = pickHeading(ctx, [], siteNames);
  return lone ? { headline: lone.text, evidence: [lone.evidence] } : { headline: null, evidence: [] };
}

/** Words of a folded title; CJK text has no spaces, so each character counts as a word. */
function words(folded: string): string[] {
  return folded.split(' ').flatMap((w) => (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(w) ? [...w] : [w])).filter(Boolean);
}

/** Share of `a`'s words found in `b`. */
function coverage(a: string[], b: string[]): number {
  if (a.length === 0) return 0;
  const set = new Set(b);
  return a.filter((w) => set.has(w)).length / a.length;
}

/**
 * Words in a heading's id or class that say it labels the page's section or category, or the site,
 * not the story: `<h1 id="pagecategory">Events and seminars</h1>`, `<h1 class="section-title">`.
 */
const LABEL_HEADING_MARKS = ['category', 'section-title', 'section-name', 'sectiontitle', 'site-title', 'site-name', 'sitename', 'breadcrumb', 'kicker', 'eyebrow', 'rubric', 'logo'];

function isLabelHeading(ctx: PageContext, el: number): boolean {
  const marks = `${ctx.index.lowerClassOf(el)} ${ctx.index.idOf(el).toLowerCase()}`;
  return LABEL_HEADING_MARKS.some((m) => marks.includes(m));
}

/**
 * The visible headline: the first `<h1>` (then `<h2>`) in the article's scope that a metadata title
 * confirms (most of its words appear there and it covers most of that title). With no references at
 * all, the first `<h1>` that is not a logo, the site's name or a section label; failing that, the
 * first such `<h2>` inside the article's scope.
 */
function pickHeading(ctx: PageContext, references: string[], siteNames: string[], scopedOnly = false): HeadlineCandidate | null {
  const refWords = references.map((r) => words(foldForCompare(r)));
  const siteFolded = new Set(siteNames.map(foldForCompare));
  for (const tag of references.length ? ['h1', 'h2', 'h3'] : ['h1', 'h2']) {
    const { index } = ctx;
    const scoped = index.byTagWithin(tag.toUpperCase(), ctx.scopeAt);
    const all = scopedOnly ? scoped : [...scoped, ...index.byTag(tag.toUpperCase())];
    for (let i = 0; i < all.length && i < 40; i++) {
      const el = all[i];
      if (ctx.zones.at(el, ctx.scopeAt)) continue;
      const text = index.cleanTextOf(el, 400);
      if (!text || siteFolded.has(foldForCompare(text))) continue;
      if ((index.firstTagWithin('IMG', el) >= 0 || index.firstTagWithin('svg', el) >= 0) && text.length < 30) continue;
      const w = words(foldForCompare(text));
      if (references.length === 0) {
        if (w.length < 4 || isLabelHeading(ctx, el)) continue;
        if (tag === 'h1') return { text, evidence: { source: 'heading', detail: '<h1>', raw: capRaw(text) } };
        // An <h2> only inside the article (elsewhere they are teasers), and only when no <h1> is the headline.
        if (i < scoped.length && !hasStoryH1(ctx)) return { text, evidence: { source: 'heading', detail: '<h2> below a section-label <h1>', raw: capRaw(text) } };
        continue;
      }
      if (refWords.some((r) => coverage(w, r) >= 0.75 && coverage(r, w) >= 0.6)) {
        return { text, evidence: { source: 'heading', detail: `<${tag}> matching the page title`, raw: capRaw(text) } };
      }
    }
  }
  return null;
}

/** Whether the page has an `<h1>` that is not a section label (it would have been the headline). */
function hasStoryH1(ctx: PageContext): boolean {
  return ctx.index.byTag('H1').some((el) => !isLabelHeading(ctx, el));
}

/**
 * The page's first `<h1>` when it is the site's name: a blog's masthead ("Taro's diary") that is
 * also one end of a `<title>` like "Taro's diary - What I thought about the new law", while the rest
 * of the title — longer than a masthead — is a lower heading in the article. A metadata title equal to
 * the `<h1>` says the `<h1>` is the headline after all ("Headline - Subtitle").
 */
function headingNamingTheSite(ctx: PageContext, title: string, metaTitles: string[]): string[] {
  const { index } = ctx;
  const h1 = index.byTag('H1')[0] ?? -1;
  const text = h1 >= 0 ? index.cleanTextOf(h1, 200) : '';
  if (h1 < 0 || !text || !title) return [];
  const parts = title.split(SITE_SEPARATORS);
  if (parts.length < 2) return [];
  const folded = foldForCompare(text);
  if (metaTitles.some((t) => foldForCompare(t) === folded)) return [];
  let rest: string[];
  if (foldForCompare(parts[0]) === folded) rest = parts.slice(1);
  else if (foldForCompare(parts[parts.length - 1]) === folded) rest = parts.slice(0, -1);
  else return [];
  const restFolded = foldForCompare(rest.join(' '));
  if (restFolded.length <= folded.length) return [];
  const lower = index.within(ctx.scopeAt, SUBHEADING_TAGS, 40);
  for (const el of lower) {
    if (!(el > h1) || ctx.zones.at(el, ctx.scopeAt)) continue;
    const f = foldForCompare(index.cleanTextOf(el, 400));
    if (f && (f === restFolded || (f.includes(restFolded) && restFolded.length >= f.length * 0.8))) return [text];
  }
  return [];
}

/**
 * Removes a leading or trailing segment that names the site ("Headline | The Site", "Site: Headline").
 * Only segments that match a known site name or the domain are removed, so "Biden: We will act" keeps
 * its colon.
 */
export function stripSiteName(title: string, siteNames: string[], host: string): string {
  const names = siteNames.map(foldForCompare).filter(Boolean);
  const hostWords = host.split('.').slice(0, -1).join(' ');
  const hostCompact = hostWords.replace(/[\s.-]+/g, '');
  const isSite = (seg: string) => {
    const f = foldForCompare(seg);
    if (!f) return true;
    const compact = f.replace(/\s+/g, '');
    return names.some((n) => n === f || n.replace(/\s+/g, '') === compact || (compact.length >= 3 && n.replace(/\s+/g, '').startsWith(compact))) ||
      (hostCompact.length > 1 && (compact === hostCompact || (hostCompact.includes(compact) && compact.length >= 4) ||
        (hostCompact.length >= 3 && compact.startsWith(hostCompact) && f.split(' ').length <= 3))) ||
      /^(?:home|news|homepage)$/.test(f);
  };
  // "Site: Headline" has no space before the colon, so it is not one of the separators.
  const prefix = /^([^:]{2,40}):\s+(?=\S)/.exec(title);
  if (prefix && isSite(prefix[1])) return stripSiteName(title.slice(prefix[0].length), siteNames, host);
  const parts = title.split(SITE_SEPARATORS);
  if (parts.length < 2) return title;
  let start = 0;
  let end = parts.length;
  // "Headline — Site — Site's tagline": the site's segment ends the headline wherever it stands.
  const siteAt = parts.findIndex((p, i) => i > 0 && isSite(p));
  if (siteAt > 0) end = siteAt;
  while (end - start > 1 && isSite(parts[start])) start++;
  if (start === 0 && end === parts.length) return title;
  // Re-join kept segments with the original separators.
  const seps = title.match(new RegExp(SITE_SEPARATORS.source, 'g')) ?? [];
  let out = parts[start];
  for (let i = start + 1; i < end; i++) out += (seps[i - 1] ?? ' - ') + parts[i];
  return cleanText(out);
}
