import type { Evidence, Person } from '../types';
import { typesOf } from '../structured/jsonld';
import { capRaw, foldForCompare, segmentedText } from '../page/text';
import type { PageContext } from './context';
import { jsonLdValues, nameOf } from './context';
import { splitAuthorNames } from './author-names';
import { AUTHOR_LINK_SELECTOR } from '../page/bylines';

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
 * elements in the article's scope, "By …" lines. The first source that yields names wins, but a later
 * byline that agrees and adds co-authors extends it.
 */
export function extractAuthors(ctx: PageContext, publisherNames: string[] = []): { authors: Person[]; evidence: Evidence[] } {
  // The outlet itself in the byline ("Par Le Journal du Matin avec AFP") says nothing about who wrote it.
  const outlet = new Set(publisherNames.map(foldForCompare));
  // A JSON-LD author typed Person is a person even when the site bears their name (a personal blog).
  const candidates = [...fromJsonLd(ctx), ...fromMeta(ctx), ...fromBylines(ctx)].map((c) => ({
    ...c,
    people: c.people.filter((p) => !outlet.has(foldForCompare(p)) || c.persons?.has(p)),
  }));
  const withPeople = candidates.filter((c) => c.people.length > 0);
  if (withPeople.length > 0) {
    const chosen = withPeople[0];
    const people = [...chosen.people];
    const evidence = [chosen.evidence];
    return { authors: people.map((name) => ({ name, url: chosen.urls?.get(name) ?? null })), evidence };
  }
  // An organisation is the author only when it is the whole byline ("Reuters"), not a partner in it
  // ("Par Le Journal du Matin avec AFP").
  const orgOnly = candidates.find((c) => c.agencies.length > 0 && c.evidence.source !== 'meta' && isWholeByline(c.evidence.raw, c.agencies));
  if (orgOnly) return { authors: orgOnly.agencies.map((name) => ({ name, url: null })), evidence: [orgOnly.evidence] };
  return { authors: [], evidence: [] };
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

/** Markup naming just the author inside a byline. */
const NAME_ELEMENT_SELECTOR = '[itemprop="name"], [class*="author-name" i], [class*="author__name" i], [class*="authorname" i], [class*="byline__name" i], [class*="byline-name" i], [class*="author_name" i], .fn';

function fromBylines(ctx: PageContext): AuthorCandidate[] {
  const out: AuthorCandidate[] = [];
  for (const b of ctx.bylineTexts) {
    // Elements that hold just the name beat links that may also wrap a job title ("Gina Trapani<span>CEO</span>").
    const named = b.el.querySelectorAll(NAME_ELEMENT_SELECTOR);
    const nameEls = named.length ? named : b.el.querySelectorAll('a[rel="author"], ' + AUTHOR_LINK_SELECTOR);
    let split = { people: [] as string[], agencies: [] as string[] };
    if (nameEls.length > 0 && nameEls.length <= 8) {
      for (const el of nameEls) {
        if (creditedForOtherWork(b.el, el)) continue;
        // Markup that names the author (rel=author, itemprop=name, an author-page link) is trusted, handles included.
        const s = splitAuthorNames(segmentedText(el, 200));
        split.people.push(...s.people.filter((p) => !split.people.includes(p)));
        split.agencies.push(...s.agencies);
      }
    }
    if (split.people.length === 0) split = splitAuthorNames(b.text, !b.el.matches('[rel="author"], [itemprop="author"], [itemprop="name"]'));
    out.push({ ...split, evidence: { source: b.el.matches('[itemprop="author"]') ? 'microdata' : 'byline', detail: b.detail, raw: capRaw(b.text) } });
  }
  return out;
}

const OTHER_WORK = /(?:illustrat\w*|photo\w*|images?|video|graphics?|fotos?|bild\w*)\s*(?:(?:by|:|von|par|por)\s*)?$/i;

/** "Words by A · Illustration by <a>B</a>": B made the pictures, not the text. */
function creditedForOtherWork(byline: Element, nameEl: Element): boolean {
  const range = byline.ownerDocument.createRange();
  range.setStart(byline, 0);
  range.setEndBefore(nameEl);
  return OTHER_WORK.test(range.toString().slice(-40));
}

function isWholeByline(raw: string, agencies: string[]): boolean {
  const rest = foldForCompare(raw.replace(/^\s*(?:by|par|von|por|di|door)\s+/i, ''));
  const names = agencies.map(foldForCompare);
  return rest.split(/\s+(?:and|et|und|y|e)\s+|\s+/).join(' ') === names.join(' ') || names.includes(rest);
}
