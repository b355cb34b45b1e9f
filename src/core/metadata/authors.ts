import type { Evidence, Person } from '../types';
import { findVisibleDates } from '../dates';
import { typesOf } from '../structured/jsonld';
import { capRaw, cleanText, foldForCompare, segmentedText } from '../page/text';
import type { PageContext } from './context';
import { jsonLdValues, nameOf } from './context';
import { looksLikePersonName, splitAuthorNames } from './author-names';
import { findHeaderDateLine } from './header-date';
import { isAuthorLink } from '../page/bylines';
import type { PageIndex } from '../page/page-index';

interface AuthorCandidate {
  people: string[];
  /** Agency names in the same value: kept as the author only when they are the whole byline. */
  agencies: string[];
  evidence: Evidence;
  urls?: Map<string, string>;
  /** Names the structured data types as Person. */
  persons?: Set<string>;
}

/**
 * The article's authors — people, and an organisation only when it is the whole byline. Sources in
 * order of trust: JSON-LD `author` of the article node, author meta tags, microdata and byline
 * elements in the article's scope, "By …" lines; failing all of them, the name in a "Name, date" line
 * under the headline. The first source that yields names wins.
 */
export function extractAuthors(ctx: PageContext, publisherNames: string[] = [], lang: string | null = null): { authors: Person[]; evidence: Evidence[] } {
  // The outlet itself in the byline ("Par Le Journal du Matin avec AFP") says nothing about who wrote it.
  const outlet = new Set(publisherNames.map(foldForCompare));
  // A JSON-LD author typed Person is a person even when the site bears their name (a personal blog).
  const candidates = [...fromJsonLd(ctx), ...fromMeta(ctx), ...fromBylines(ctx)].map((c) => {
    const places = placesAfterOutlet(c.evidence.raw, publisherNames);
    return { ...c, people: c.people.filter((p) => (!outlet.has(foldForCompare(p)) || c.persons?.has(p)) && !places.has(foldForCompare(p))) };
  });
  const withPeople = candidates.filter((c) => c.people.length > 0);
  if (withPeople.length > 0) {
    const chosen = withPeople[0];
    const people = [...chosen.people];
    const evidence = [chosen.evidence];
    return { authors: people.map((name) => ({ name, url: chosen.urls?.get(name) ?? null })), evidence };
  }
  const lead = fromLeadCredit(ctx);
  if (lead) return { authors: lead.people.map((name) => ({ name, url: null })), evidence: [lead.evidence] };
  const line = fromHeaderLine(ctx, lang);
  const named = line ? line.people.filter((p) => !outlet.has(foldForCompare(p))) : [];
  if (line && named.length > 0) return { authors: named.map((name) => ({ name, url: null })), evidence: [line.evidence] };
  // An organisation is the author only when it is the whole byline ("Reuters"), not a partner in it
  // ("Par Le Journal du Matin avec AFP").
  // The outlet as its own author ("futurezone.at" on futurezone.at) says nothing the publisher does not.
  // Only the publisher's own name and host count here: other names the page gives itself (a title's
  // suffix) can be the content partner on a portal ("Mic" on Yahoo News), who is the byline.
  const ownName = publisherNames[0] ? foldForCompare(publisherNames[0]) : null;
  const isOutlet = (name: string) => foldForCompare(name) === ownName || isSiteHost(name, ctx.host);
  const orgOnly = candidates.find((c) => c.agencies.length > 0 && c.evidence.source !== 'meta' && !c.agencies.every(isOutlet) && isWholeByline(c.evidence.raw, c.agencies));
  if (orgOnly) return { authors: orgOnly.agencies.filter((name) => !isOutlet(name)).map((name) => ({ name, url: null })), evidence: [orgOnly.evidence] };
  return { authors: [], evidence: [] };
}

/** Whether `name` is the page's own host written as a name ("www.example.at", "example.at" on example.at). */
function isSiteHost(name: string, host: string): boolean {
  const n = name.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\d?\./, '').replace(/\/$/, '');
  return host !== '' && n.includes('.') && (n === host || host.endsWith(`.${n}`));
}

function fromJsonLd(ctx: PageContext): AuthorCandidate[] {
  if (!ctx.article) return [];
  const people: string[] = [];
  const agencies: string[] = [];
  const urls = new Map<string, string>();
  const persons = new Set<string>();
  const raws: string[] = [];
  for (const v of jsonLdValues(ctx.article, 'author', ctx.jsonLd)) {
    const name = nameOf(v);
    if (!name) continue;
    raws.push(name);
    const isOrg = typeof v === 'object' && typesOf(v as Record<string, unknown>).some((t) => /organization|newsmediaorganization|corporation/i.test(t));
    const split = splitAuthorNames(name);
    if (isOrg) {
      agencies.push(name);
      continue;
    }
    const isPerson = typeof v === 'object' && typesOf(v as Record<string, unknown>).some((t) => /^person$/i.test(t));
    for (const p of split.people) {
      if (!people.includes(p)) people.push(p);
      // Only a Person whose whole name is this one ("Ann Corrigan"), not a name split out of "Editors, Example Times".
      if (isPerson && foldForCompare(name) === foldForCompare(p)) persons.add(p);
      const url = (v as Record<string, unknown>)?.url;
      if (typeof url === 'string' && /^https?:\/\//i.test(url)) urls.set(p, url);
    }
    agencies.push(...split.agencies);
  }
  if (raws.length === 0) return [];
  return [{ people, agencies, urls, persons, evidence: { source: 'json-ld', detail: `JSON-LD ${typesOf(ctx.article)[0]}.author`, raw: capRaw(raws.join('; ')) } }];
}

function fromMeta(ctx: PageContext): AuthorCandidate[] {
  const out: AuthorCandidate[] = [];
  for (const m of ctx.authorMetaValues) {
    const split = splitAuthorNames(m.value);
    out.push({ ...split, evidence: { source: 'meta', detail: m.detail, raw: capRaw(m.value) } });
  }
  return out;
}

/** Markup naming just the author inside a byline: `[itemprop="name"]`, these class words (any case), `.fn`. */
const NAME_CLASS_WORDS = ['author-name', 'author__name', 'authorname', 'byline__name', 'byline-name', 'author_name'];

function isNameElement(index: PageIndex, i: number): boolean {
  if (index.attr(i, 'itemprop')?.toLowerCase() === 'name') return true;
  const cls = index.classOf(i);
  const lower = cls.toLowerCase();
  return NAME_CLASS_WORDS.some((w) => lower.includes(w)) || cls.split(/\s+/).includes('fn');
}

/** `a[rel="author"]` or a link to an author page. */
function isAuthorAnchor(index: PageIndex, i: number): boolean {
  return (index.tags[i] === 'A' && index.attr(i, 'rel')?.toLowerCase() === 'author') || isAuthorLink(index, i);
}

const attrIs = (index: PageIndex, i: number, name: string, value: string) => index.attr(i, name)?.toLowerCase() === value;

function fromBylines(ctx: PageContext): AuthorCandidate[] {
  const { index } = ctx;
  const out: AuthorCandidate[] = [];
  for (const b of ctx.bylineTexts) {
    const inside: number[] = [];
    for (let i = b.at + 1; i <= index.end[b.at]; i++) inside.push(i);
    // Elements that hold just the name beat links that may also wrap a job title ("Gina Trapani<span>CEO</span>").
    const named = inside.filter((i) => isNameElement(index, i));
    const nameEls = named.length ? named : inside.filter((i) => isAuthorAnchor(index, i));
    let split = { people: [] as string[], agencies: [] as string[] };
    if (nameEls.length > 0 && nameEls.length <= 8) {
      for (const el of nameEls) {
        if (creditedForOtherWork(index, b.at, el)) continue;
        // Markup that names the author (rel=author, itemprop=name, an author-page link) is trusted, handles included.
        const s = splitAuthorNames(segmentedText(index.elements[el], 200));
        split.people.push(...s.people.filter((p) => !split.people.includes(p)));
        split.agencies.push(...s.agencies);
      }
    }
    const microdata = attrIs(index, b.at, 'itemprop', 'author');
    const marked = microdata || attrIs(index, b.at, 'rel', 'author') || attrIs(index, b.at, 'itemprop', 'name');
    if (split.people.length === 0) split = splitAuthorNames(b.text, !marked);
    out.push({ ...split, evidence: { source: microdata ? 'microdata' : 'byline', detail: b.detail, raw: capRaw(b.text) } });
  }
  return out;
}

/** What ends the name in a "Name, date" line: a comma, a bar (also between elements), a middle dot, a dash. */
const NAME_DATE_SEPARATORS = ',|·•–—-';

/**
 * "Mattias Geniar, April 19, 2020" or "<span>島津健吾</span><span>2019.03.26</span>" — the line
 * under the headline that dates the page, without byline markup or "By": the words before its
 * date, when they read as a person's name. Not a dateline ("NEW YORK, April 19": datelines write
 * the place in capitals) and not the text of a link to another page (a section: "Middle East · …").
 */
function fromHeaderLine(ctx: PageContext, lang: string | null): { people: string[]; evidence: Evidence } | null {
  const line = findHeaderDateLine(ctx, lang);
  if (!line) return null;
  const { index } = ctx;
  let at = line.at;
  let text = segmentedText(index.elements[at], 200);
  let name = nameBeforeDate(text, lang);
  if (!name) {
    // The date alone in its element ("<p>Ann Corrigan</p><p>2019.03.26</p>"): read its short parent.
    at = index.parent[at];
    if (at < 0 || index.textLength(at) > MAX_NAME_DATE_LINE * 3 || index.firstTagWithin('H1', at) >= 0) return null;
    text = segmentedText(index.elements[at], 200);
    if (cleanText(index.textOf(at)).length > MAX_NAME_DATE_LINE) return null;
    name = nameBeforeDate(text, lang);
  }
  if (!name || isWrittenInCapitals(name) || isLinkText(index, at, name)) return null;
  const { people } = splitAuthorNames(name, true);
  return people.length > 0 ? { people, evidence: { source: 'byline', detail: 'the name before the date under the headline', raw: capRaw(text) } } : null;
}

/**
 * "Por Carla Mendes, g1 — São Paulo", "By Jo Smith, Example News — London": after the outlet's own
 * name a dash introduces the place the story was filed from, not another author. The folded names
 * of those places in a byline's text.
 */
function placesAfterOutlet(raw: string, publisherNames: string[]): Set<string> {
  const out = new Set<string>();
  const text = cleanText(raw);
  for (const name of publisherNames) {
    if (!name) continue;
    const at = text.indexOf(name);
    if (at < 0) continue;
    const m = /^\s*[—–-]\s*([^,;|·•—–-]{2,40}?)\s*(?:\||$)/u.exec(text.slice(at + name.length));
    if (m) out.add(foldForCompare(m[1]));
  }
  return out;
}

/**
 * Reporters named in the lead paragraph's wire dateline, as Chinese and Korean papers print them:
 * "新华社宁波2月25日电（记者 李华 张伟）", "本报讯（记者 王强）", "(서울=연합뉴스) 홍길동 기자 =".
 * Each pattern's first group holds the names, separated by spaces or "、".
 */
const LEAD_CREDITS: readonly RegExp[] = [
  /^[^（(]{0,40}[（(]\s*(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\s*([\p{Script=Han}·・\s、，,]{2,40})[）)]/u,
  /^\([^()=]{1,20}=[^()]{1,20}\)\s*((?:[\p{Script=Hangul}]{2,4}\s*(?:·|,)?\s*){1,4})\s?(?:기자|특파원)\s*=/u,
];

function fromLeadCredit(ctx: PageContext): { people: string[]; evidence: Evidence } | null {
  const first = ctx.leadParagraphs[0];
  if (!first) return null;
  for (const re of LEAD_CREDITS) {
    const m = re.exec(first.slice(0, 120));
    if (!m) continue;
    const people = m[1].split(/[\s、，,·]+/u).filter((n) => n && looksLikePersonName(n));
    if (people.length > 0) return { people, evidence: { source: 'byline', detail: 'reporters named in the dateline of the first paragraph', raw: capRaw(m[0]) } };
  }
  return null;
}

/** A "Name, date" line is as short as the header lines findHeaderDateLine reads. */
const MAX_NAME_DATE_LINE = 120;

/** The words before the first date of a line, when a separator ends them; null otherwise. */
function nameBeforeDate(text: string, lang: string | null): string | null {
  const date = findVisibleDates(text, lang)[0];
  if (!date) return null;
  // Trimmed by hand: a pattern anchored at the end with spaces before it retries from every space (quadratic).
  const before = text.slice(0, date.index).trimEnd();
  if (!before || !NAME_DATE_SEPARATORS.includes(before[before.length - 1])) return null;
  return cleanText(before.slice(0, -1)) || null;
}

function isWrittenInCapitals(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Whether `name` holds the text of a link inside element `line` that is not a link to an author. */
function isLinkText(index: PageIndex, line: number, name: string): boolean {
  for (let j = line + 1; j <= index.end[line]; j++) {
    if (index.tags[j] !== 'A' || index.attr(j, 'href') === null || isAuthorAnchor(index, j)) continue;
    const text = cleanText(index.textOf(j, 200));
    if (text && name.includes(text)) return true;
  }
  return false;
}

const OTHER_WORK = /(?:illustrat\w*|photo\w*|images?|video|graphics?|fotos?|bild\w*|editor|penyunting|redaktur|redaktor|责任编辑|編集|编辑)\s*(?:(?:by|:|：|von|par|por)\s*)?$/iu;

/**
 * "Words by A · Illustration by <a>B</a>": B made the pictures, not the text; "Penulis: <a>A</a> |
 * Editor: <a>B</a>": B edited it (the byline's text before B says so).
 */
function creditedForOtherWork(index: PageIndex, byline: number, nameEl: number): boolean {
  const end = index.textStart[nameEl];
  return OTHER_WORK.test(index.text.slice(Math.max(index.textStart[byline], end - 40), end));
}

function isWholeByline(raw: string, agencies: string[]): boolean {
  const rest = foldForCompare(raw.replace(/^\s*(?:by|par|von|por|di|door)\s+/i, ''));
  const names = agencies.map(foldForCompare);
  return rest.split(/\s+(?:and|et|und|y|e)\s+|\s+/).join(' ') === names.join(' ') || names.includes(rest);
}
