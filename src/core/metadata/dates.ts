import type { Evidence, EvidenceSource } from '../types';
import { hasDateDigit, parseStructuredDate, parseVisibleDate, parseDateLine, labelKind, labelBefore, parseUrlDate, toIsoString, type DateParts } from '../dates';
import type { PageIndex } from '../page/page-index';
import { capRaw, cleanText } from '../page/text';
import type { PageContext } from './context';
import { findHeaderDate, firstBodyParagraph } from './header-date';

/** Meta keys for the publication time, most specific first. */
export const PUBLISHED_META_KEYS = [
  'article:published_time', 'article:published', 'og:article:published_time', 'published_time', 'og:published_time',
  'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'publication-date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created',
  'citation_publication_date', 'citation_date', 'og:pubdate', 'originalpublicationdate', 'displaydate', 'date',
  'article.published', 'cxenseparse:recs:publishtime', 'eomportal-lastupdate',
] as const;

/** Meta keys for the last modification. */
export const MODIFIED_META_KEYS = [
  'article:modified_time', 'article:modified', 'og:updated_time', 'datemodified', 'modified_time', 'dcterms.modified',
  'dc.date.modified', 'last-modified', 'lastmod', 'article.updated', 'updated_time', 'revised',
] as const;

/** One parsed date with where it came from. */
interface DateCandidate {
  parts: DateParts;
  evidence: Evidence;
}

const MAX_TIME_ELEMENTS = 200;
const MAX_LINES = 3000;

/**
 * Published and modified times. Structured data first (JSON-LD, meta, microdata), then `<time>`
 * elements and labelled "Published/Updated" lines in the article's scope — never in related cards,
 * "most read" lists, comments or footers — then the URL's date, then a date printed between the
 * headline and the body. A page that gives only an update time gets it as the publication too (the
 * evidence says so). Times without an offset get the publisher's home zone when the registry knows
 * it, else stay local wall-clock time.
 */
export function extractDates(
  ctx: PageContext,
  lang: string | null,
  homeZone: string | null,
): { published: string | null; modified: string | null; evidence: { published: Evidence[]; modified: Evidence[] } } {
  const published: DateCandidate[] = [];
  const modified: DateCandidate[] = [];

  structured(ctx, published, modified);
  timeElements(ctx, lang, published, modified);
  labelledLines(ctx, lang, published, modified);
  const urlParts = parseUrlDate(ctx.url);
  if (urlParts) published.push({ parts: urlParts, evidence: { source: 'url', detail: 'date in the URL path', raw: capRaw(ctx.url) } });
  if (published.length === 0 || published.every((c) => c.parts.hour === undefined)) {
    const header = findHeaderDate(ctx, lang);
    if (header) published.push(header);
  }

  let mod = choose(modified);
  // A page that prints only "Updated: …" (or Japanese "…更新" on every story) was published then at the
  // latest, usually that day: the update time stands for the publication, and the evidence says so.
  const pub = choose(published) ?? (mod && { parts: mod.parts, evidence: { ...mod.evidence, detail: `${mod.evidence.detail}; the page gives no other date` } });
  if (pub && mod && compareParts(mod.parts, pub.parts) < 0) mod = null;
  return {
    published: pub ? toIsoString(pub.parts, homeZone) : null,
    modified: mod ? toIsoString(mod.parts, homeZone) : null,
    evidence: { published: pub ? [pub.evidence] : [], modified: mod ? [mod.evidence] : [] },
  };
}

/**
 * The most trusted candidate, enriched: a date-only value takes the time of a later candidate on the
 * same day (a meta tag with "2021-02-25" and a visible "04:57 | 25 February 2021").
 */
function choose(cands: DateCandidate[]): DateCandidate | null {
  const first = cands[0];
  if (!first) return null;
  if (first.parts.hour === undefined) {
    const richer = cands.find((c) => c.parts.hour !== undefined && sameDay(c.parts, first.parts));
    if (richer) return richer;
  }
  return first;
}

function sameDay(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function compareParts(a: DateParts, b: DateParts): number {
  const key = (p: DateParts) => Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0, p.second ?? 0) - (p.offsetMinutes ?? 0) * 60_000;
  // Without offsets on both sides, compare wall-clock values; an hour of zone noise is not a reason to drop a date.
  const diff = key(a) - key(b);
  return Math.abs(diff) < 36 * 3600_000 && (a.offsetMinutes === undefined || b.offsetMinutes === undefined) ? 0 : diff;
}

function push(list: DateCandidate[], raw: string | null | undefined, source: EvidenceSource, detail: string, parse: (s: string) => DateParts | null) {
  if (!raw) return;
  const parts = parse(raw);
  if (parts) list.push({ parts, evidence: { source, detail, raw: capRaw(cleanText(raw)) } });
}

function structured(ctx: PageContext, published: DateCandidate[], modified: DateCandidate[]) {
  const a = ctx.article;
  if (a) {
    const type = String(a['@type'] ?? 'Article');
    for (const key of ['datePublished', 'dateCreated', 'uploadDate']) {
      const v = a[key];
      push(published, typeof v === 'string' ? v : null, 'json-ld', `JSON-LD ${type}.${key}`, parseStructuredDate);
    }
    push(modified, typeof a.dateModified === 'string' ? a.dateModified : null, 'json-ld', `JSON-LD ${type}.dateModified`, parseStructuredDate);
  }
  for (const m of ctx.meta.all(PUBLISHED_META_KEYS)) if (!isHttpHeader(m)) push(published, m.value, 'meta', m.detail, parseStructuredDate);
  for (const m of ctx.meta.all(MODIFIED_META_KEYS)) if (!isHttpHeader(m)) push(modified, m.value, 'meta', m.detail, parseStructuredDate);
  const { index } = ctx;
  for (const [prop, list] of [['datePublished', published], ['dateModified', modified]] as const) {
    // `[itemprop="datePublished"]:not(meta)`, the value matched in any case as HTML selectors do.
    const els = index.withItemprop(prop.toLowerCase()).filter((i) => index.tags[i] !== 'META');
    for (let k = 0; k < els.length && k < 5; k++) {
      const i = els[k];
      if (ctx.zones.at(i, ctx.scopeAt)) continue;
      // <abbr title="2024-02-03T20:38:00Z">8:38 pm</abbr>: the microformats way (Blogger) to carry the machine value.
      const title = index.tags[i] === 'ABBR' ? index.attr(i, 'title') : null;
      const raw = index.attr(i, 'content') ?? index.attr(i, 'datetime') ?? title ?? index.textOf(i);
      push(list, raw, 'microdata', `[itemprop="${prop}"]`, parseStructuredDate);
    }
  }
}

/**
 * `<meta http-equiv="Last-Modified">` and `http-equiv="date"` copy HTTP headers: when the server (or
 * the tool that saved the page) sent them, not when the story was written or edited.
 */
function isHttpHeader(m: { detail: string }): boolean {
  return m.detail.startsWith('meta[http-equiv=');
}

const MODIFIED_HINT = /updat|modif|edited|revis|aktualisiert|actualiz|atualiz|aggiorn|mis à jour|güncel|обновл|bijgewerkt/i;

function timeElements(ctx: PageContext, lang: string | null, published: DateCandidate[], modified: DateCandidate[]) {
  const { index } = ctx;
  const times = index.byTagWithin('TIME', ctx.scopeAt);
  let firstPublished = true;
  for (let k = 0; k < times.length && k < MAX_TIME_ELEMENTS; k++) {
    const i = times[k];
    if (ctx.zones.at(i, ctx.scopeAt)) continue;
    const dt = index.attr(i, 'datetime');
    const text = cleanText(index.textPrefix(i, 400)).slice(0, 200);
    const parts = (dt ? parseStructuredDate(dt) : null) ?? (text ? parseVisibleDate(text, lang ?? undefined) : null);
    if (!parts) continue;
    const parent = index.parent[i];
    const context = `${index.classOf(i)} ${index.attr(i, 'itemprop') ?? ''} ${parent >= 0 ? cleanText(index.textPrefix(parent, 160)).slice(0, 80) : ''}`;
    // The words right before the element label it best ("Updated: <time>", "<dt>Original:</dt><dd><time>"); else its class and line.
    const label = labelBefore(textBefore(index, i));
    const isModified = label ? label === 'modified' : MODIFIED_HINT.test(context) && !/publi|posted|veröffentlicht|yayın/i.test(index.classOf(i));
    const pubdate = index.attr(i, 'pubdate') !== null;
    const detail = pubdate ? '<time pubdate>' : isModified ? '<time> labelled as an update' : '<time> in the article';
    const cand = { parts, evidence: { source: 'time-element' as const, detail, raw: capRaw(dt ?? text) } };
    if (isModified) modified.push(cand);
    else if (firstPublished || pubdate) {
      published.push(cand);
      firstPublished = false;
    }
  }
}

/** How much text before a `<time>` is read for its label: "Zuletzt aktualisiert am " fits. */
const LABEL_WINDOW = 40;
/** Elements looked back over for boundaries inside that text. */
const LABEL_WINDOW_ELEMENTS = 60;

/**
 * The text printed right before element `i`, with a space at every element boundary (the page's
 * text glues "<a>Ann Corrigan</a></li><li>Updated:" into "Ann CorriganUpdated:"), its cut-off first
 * word dropped.
 */
function textBefore(index: PageIndex, i: number): string {
  const end = index.textStart[i];
  const start = Math.max(0, end - LABEL_WINDOW);
  const cuts = new Set<number>();
  for (let j = i - 1; j >= 0 && j >= i - LABEL_WINDOW_ELEMENTS; j--) {
    for (const at of [index.textStart[j], index.textEnd[j]]) if (at >= start && at < end) cuts.add(at);
  }
  let out = '';
  for (let k = start; k < end; k++) out += (cuts.has(k) && k > start ? ' ' : '') + index.text[k];
  const cutWord = start > 0 && !cuts.has(start) && /\S/.test(index.text[start - 1]);
  return cutWord ? out.replace(/^\S*/, '') : out;
}

const DATE_CLASS = /date|time|publish|posted|updated|modified|dateline|timestamp|meta|byline|author|info|fecha|datum|tarih|data/i;

function labelledLines(ctx: PageContext, lang: string | null, published: DateCandidate[], modified: DateCandidate[]) {
  const { index } = ctx;
  const els = index.within(ctx.scopeAt, LINE_TAGS, MAX_LINES);
  let unlabelled: DateCandidate | null = null;
  const bodyStart = firstBodyParagraph(ctx);
  for (const i of els) {
    const length = index.textLength(i);
    if (length > 200 || length < 6 || index.childCount(i, 7) > 6) continue;
    const raw = index.textOf(i);
    if (!hasDateDigit(raw)) continue;
    const text = cleanText(raw);
    const kind = labelKind(text);
    if (kind) {
      // A labelled line is the article's own (its "Published"/"Updated" stamp) even in a <nav> or <aside>
      // meta strip (NDTV's <nav class="pst-by">); related cards, comments and the site footer stay out.
      if (ctx.zones.at(i, ctx.scopeAt, true) || isLinkToAnotherPage(ctx, i, text) || citesAnotherSite(ctx, i, bodyStart)) continue;
      const line = parseDateLine(text, lang ?? undefined);
      if (line.published) published.push({ parts: line.published, evidence: { source: 'visible-text', detail: 'a "Published" line', raw: capRaw(text) } });
      if (line.modified) modified.push({ parts: line.modified, evidence: { source: 'visible-text', detail: 'an "Updated" line', raw: capRaw(text) } });
      continue;
    }
    if (unlabelled || index.childCount(i, 3) > 2) continue;
    const cls = `${index.classOf(i)} ${index.idOf(i)}`;
    if (!DATE_CLASS.test(cls) || (ctx.zones.at(i, ctx.scopeAt) && !inArticleMetaColumn(ctx, i))) continue;
    const parts = parseVisibleDate(text, lang ?? undefined);
    if (parts) unlabelled = { parts, evidence: { source: 'visible-text', detail: `date text in <${index.tags[i].toLowerCase()} class="${capRaw(cls.trim(), 40)}">`, raw: capRaw(text) } };
  }
  if (unlabelled) published.push(unlabelled);
}

/**
 * A date-classed element in an `<aside>` or `<nav>` column of the `<article>` that holds the headline
 * ("<aside><li class="content__meta__date">"): the article's own meta column, unless its class names
 * say it holds other stories.
 */
function inArticleMetaColumn(ctx: PageContext, i: number): boolean {
  const { index } = ctx;
  const column = index.closestTag(i, COLUMN_TAGS);
  const article = column >= 0 ? index.closestTag(index.parent[column], ARTICLE_TAG) : -1;
  return article >= 0 && index.firstTagWithin('H1', article) >= 0 && !ctx.zones.at(i, ctx.scopeAt, true);
}

/**
 * A line inside the article's text, after its first paragraph, that links to another site
 * ("2019年3月15日公表 「…」 <a href="http://other.example/…">"): a citation, dating the page it cites.
 */
const SHARE_LINK = /share|intent\/tweet|pin\/create|submit\?|mailto:/i;
const MIN_CITATION_TEXT = 12;

function citesAnotherSite(ctx: PageContext, i: number, bodyStart: number): boolean {
  const { index } = ctx;
  if (bodyStart < 0 || !(i > bodyStart)) return false;
  let here: string;
  try {
    here = new URL(ctx.url).host;
  } catch {
    return false;
  }
  for (let j = i + 1; j <= index.end[i]; j++) {
    const href = index.tags[j] === 'A' ? index.attr(j, 'href') : null;
    if (!href || !/^(?:https?:)?\/\//i.test(href.trim()) || SHARE_LINK.test(href)) continue;
    // A cited page is named by its title or address; "Tweet" and icons are buttons.
    if (cleanText(index.textOf(j, 200)).length < MIN_CITATION_TEXT) continue;
    try {
      if (new URL(href, ctx.url).host !== here) return true;
    } catch {
      // not a URL: no citation
    }
  }
  return false;
}

const LINE_TAGS: ReadonlySet<string> = new Set(['P', 'SPAN', 'DIV', 'LI', 'SMALL', 'EM', 'STRONG', 'DD', 'DT']);
const COLUMN_TAGS: ReadonlySet<string> = new Set(['ASIDE', 'NAV']);
const ARTICLE_TAG: ReadonlySet<string> = new Set(['ARTICLE']);

/**
 * A line that is the text of a link to another page ("Original article (posted 2019/02/16)",
 * "Published in the print edition of 3 May") dates that page, not this one.
 */
function isLinkToAnotherPage(ctx: PageContext, i: number, text: string): boolean {
  const { index, url } = ctx;
  const isLink = (j: number) => index.tags[j] === 'A' && index.attr(j, 'href') !== null;
  let link = -1;
  for (let cur = i; cur >= 0 && link < 0; cur = index.parent[cur]) if (isLink(cur)) link = cur;
  for (let j = i + 1; j <= index.end[i] && link < 0; j++) if (isLink(j)) link = j;
  if (link < 0 || cleanText(index.textOf(link)).length < text.length * 0.8) return false;
  try {
    const target = new URL(index.attr(link, 'href') ?? '', url);
    const here = new URL(url);
    return target.host !== here.host || target.pathname.replace(/(?<!\/)\/+$/, '') !== here.pathname.replace(/(?<!\/)\/+$/, '');
  } catch {
    return false;
  }
}
