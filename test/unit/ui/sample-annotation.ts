import type { Annotation } from '../../../src/core/types';

/** An article annotation for UI tests, shaped like the seed article's; override what a test needs. */
export function sampleAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    url: 'https://www.example-news.com/world/armenia',
    isArticle: true,
    articleConfidence: 0.95,
    headline: 'Armenian military maintains call for premier to resign',
    publisher: { name: 'Example News', domain: 'example-news.com' },
    agencies: [{ name: 'Anadolu Agency', shortName: 'AA', kind: 'news agency', country: 'TR', timezone: 'Europe/Istanbul' }],
    authors: [],
    published: '2021-02-25T04:57:00+03:00',
    modified: '2021-02-25T05:37:00+03:00',
    section: 'World',
    lang: 'en',
    canonicalUrl: null,
    parties: [],
    quotes: [],
    related: [],
    evidence: {},
    ...overrides,
  };
}
