import type { Annotation, EvidenceField, Evidence } from '../types';
import { contextSteps } from './context';
import { runSteps, type Steps } from '../steps';
import { extractPublisher } from './publisher';
import { extractHeadline } from './headline';
import { extractAuthors } from './authors';
import { extractAgencies } from './agencies';
import { extractDates } from './dates';
import { extractSection } from './section';
import { extractLang } from './lang';
import { extractCanonical } from './canonical';
import { withRegistryProfile } from './outlet-profile';
import type { PageIndex } from '../page/page-index';

export type MetadataFields = Pick<
  Annotation,
  'headline' | 'publisher' | 'agencies' | 'authors' | 'published' | 'modified' | 'section' | 'lang' | 'canonicalUrl'
>;

/** Publication metadata with the evidence for each field. */
export interface Metadata {
  fields: MetadataFields;
  evidence: Partial<Record<EvidenceField, Evidence[]>>;
}

/**
 * Extracts publication metadata from a parsed page: each field is a small fallback chain over
 * structured data, meta tags and the visible page (see the extractor beside this file for each).
 * `index` is the page's {@link PageIndex} when the caller built it (the content script builds it in slices).
 */
export function extractMetadata(doc: Document, url: string, index?: PageIndex): Metadata {
  return runSteps(metadataSteps(doc, url, index));
}

/** {@link extractMetadata} in steps (see steps.ts). */
export function* metadataSteps(doc: Document, url: string, index?: PageIndex): Steps<Metadata> {
  const ctx = yield* contextSteps(doc, url, index);
  const found = extractPublisher(ctx);
  yield;
  // The registry completes the profile (and gives the home zone that dates without an offset need).
  const profiled = found.publisher ? withRegistryProfile(found.publisher, ctx.host) : null;
  const publisher = profiled
    ? { ...found, publisher: profiled.outlet, evidence: profiled.evidence ? [...found.evidence, profiled.evidence] : found.evidence }
    : found;
  const headline = extractHeadline(ctx, publisher.siteNames);
  yield;
  const credited = extractAgencies(ctx);
  const agencies = { ...credited, agencies: credited.agencies.map((a) => withRegistryProfile(a).outlet) };
  yield;
  // Bylines are compared with the names the page itself uses (a registry name it never prints is no evidence).
  const lang = extractLang(ctx);
  const authors = extractAuthors(ctx, found.publisher ? [found.publisher.name, ...found.siteNames] : found.siteNames, lang.lang);
  yield;
  const homeZone = publisher.publisher?.timezone ?? null;
  const dates = extractDates(ctx, lang.lang, homeZone);
  const section = extractSection(ctx);
  const canonical = extractCanonical(ctx);
  // An author that is an agency credit is the byline organisation; keep it as author only when it is all there is.
  return {
    fields: {
      headline: headline.headline,
      publisher: publisher.publisher,
      agencies: agencies.agencies,
      authors: authors.authors,
      published: dates.published,
      modified: dates.modified,
      section: section.section,
      lang: lang.lang,
      canonicalUrl: canonical.canonicalUrl,
    },
    evidence: {
      headline: headline.evidence,
      publisher: publisher.evidence,
      agencies: agencies.evidence,
      authors: authors.evidence,
      published: dates.evidence.published,
      modified: dates.evidence.modified,
      section: section.evidence,
      lang: lang.evidence,
      canonicalUrl: canonical.canonicalUrl ? canonical.evidence : [],
    },
  };
}
