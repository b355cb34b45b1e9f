import type { EvidenceField, EvidenceSource } from '../src/core/types';

/** Field names as the "Why?" view shows them, in the order it lists the facts. */
export const FIELD_LABELS: Record<EvidenceField, string> = {
  isArticle: 'Is it an article?',
  headline: 'Headline',
  publisher: 'Publisher',
  agencies: 'Agencies',
  authors: 'Authors',
  published: 'Published',
  modified: 'Updated',
  section: 'Section',
  lang: 'Language',
  canonicalUrl: 'Canonical URL',
};

/** Evidence sources in plain words. */
export const SOURCE_LABELS: Record<EvidenceSource, string> = {
  'json-ld': 'structured data (JSON-LD)',
  meta: 'meta tag',
  microdata: 'microdata',
  'time-element': '<time> element',
  byline: 'byline',
  dateline: 'dateline',
  'credit-line': 'credit line',
  copyright: 'copyright notice',
  'visible-text': 'page text',
  heading: 'heading',
  'title-element': 'page title',
  link: 'link',
  'html-attribute': 'HTML attribute',
  url: 'address (URL)',
  registry: 'Backstory’s outlet table',
  domain: 'site domain',
  detector: 'article detector',
};

/** "English (en)"; the bare tag when the browser does not know it. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(undefined, { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
